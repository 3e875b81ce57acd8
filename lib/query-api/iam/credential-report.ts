import "server-only";
import { generateCredentialReport, getCredentialReport } from "../../iam/credential-report";
import type { Operation } from "../operation";

/** The account's credential report. */
export const CREDENTIAL_REPORT_OPERATIONS: Record<string, Operation> = {
  async GenerateCredentialReport({ db, actor, now, context }) {
    const report = await generateCredentialReport(db, { actor, now, context });
    return { State: report.state, Description: report.description };
  },

  async GetCredentialReport({ db, actor, now }) {
    const report = await getCredentialReport(db, { actor, now });
    // A blob: base64 on the wire, as AWS sends it (the SDKs decode it to the CSV's bytes).
    return { Content: Buffer.from(report.content, "utf8").toString("base64"), ReportFormat: "text/csv", GeneratedTime: report.generatedTime };
  },
};
