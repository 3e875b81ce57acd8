import { IAM_OPERATIONS } from "@/lib/query-api/iam";
import { handleQuery } from "@/lib/query-api/handle-query";

// The IAM Query API for the AWS CLI and SDKs: `aws iam … --endpoint-url http://localhost:3000/api/iam`.
// Authenticated by SigV4 alone inside handleQuery, never by the console's cookie.
export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleQuery("iam", IAM_OPERATIONS, request);
}

export function GET(request: Request) {
  return handleQuery("iam", IAM_OPERATIONS, request);
}
