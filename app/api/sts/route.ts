import { handleQuery } from "@/lib/query-api/handle-query";
import { STS_OPERATIONS } from "@/lib/query-api/sts";

// STS for the lab: GetSessionToken and AssumeRole (with MFA), GetCallerIdentity, GetAccessKeyInfo, SigV4-authenticated in handleQuery.
export const dynamic = "force-dynamic";

export function POST(request: Request) {
  return handleQuery("sts", STS_OPERATIONS, request);
}

export function GET(request: Request) {
  return handleQuery("sts", STS_OPERATIONS, request);
}
