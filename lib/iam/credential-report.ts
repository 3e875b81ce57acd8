import type { Db } from "../db/types";
import { authorize } from "./authorize";
import { ANY_RESOURCE } from "./iam-actions";
import { rootArn } from "./arn";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { findPasswordPolicy, passwordExpiresAt } from "./password-policy";
import type { Principal, RequestContext } from "./principal";

/** AWS makes a new report only when the last one is older than four hours, and serves it that long. */
export const REPORT_REUSE_MS = 4 * 60 * 60 * 1000;

/** The report's columns, in AWS's order (IAM User Guide, "Getting credential reports"). */
export const CREDENTIAL_REPORT_COLUMNS = [
  "user",
  "arn",
  "user_creation_time",
  "password_enabled",
  "password_last_used",
  "password_last_changed",
  "password_next_rotation",
  "mfa_active",
  "access_key_1_active",
  "access_key_1_last_rotated",
  "access_key_1_last_used_date",
  "access_key_1_last_used_region",
  "access_key_1_last_used_service",
  "access_key_2_active",
  "access_key_2_last_rotated",
  "access_key_2_last_used_date",
  "access_key_2_last_used_region",
  "access_key_2_last_used_service",
  "cert_1_active",
  "cert_1_last_rotated",
  "cert_2_active",
  "cert_2_last_rotated",
] as const;

type Key = { status: string; createdAt: Date; lastUsedAt: Date | null; lastUsedRegion: string | null; lastUsedService: string | null };
type Cert = { status: string; uploadedAt: Date };
/** One principal's row, before it is written as CSV. */
export type ReportSubject = {
  user: string;
  arn: string;
  createdAt: Date;
  /** The root user's is "not_supported" but for its last use. */
  password: { enabled: boolean; lastUsed: Date | null; lastChanged: Date | null; nextRotation: Date | null } | { enabled: "not_supported"; lastUsed: Date | null };
  mfaActive: boolean;
  accessKeys: Key[];
  certificates: Cert[];
};

/** AWS's dates in the report: ISO 8601 with "+00:00", to the second. */
const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, "+00:00");
const orNA = (date: Date | null | undefined) => (date ? iso(date) : "N/A");

function keyColumns(key: Key | undefined): string[] {
  if (!key) return ["false", "N/A", "N/A", "N/A", "N/A"];
  const used = key.lastUsedAt !== null;
  return [String(key.status === "Active"), iso(key.createdAt), orNA(key.lastUsedAt), used ? (key.lastUsedRegion ?? "N/A") : "N/A", used ? (key.lastUsedService ?? "N/A") : "N/A"];
}

/** One CSV row: AWS's values ("true"/"false", "N/A", "no_information", "not_supported"). */
export function reportRow(subject: ReportSubject): string[] {
  const { password } = subject;
  const passwordColumns =
    password.enabled === "not_supported"
      ? ["not_supported", password.lastUsed ? iso(password.lastUsed) : "no_information", "not_supported", "not_supported"]
      : password.enabled
        ? [
            "true",
            password.lastUsed ? iso(password.lastUsed) : "no_information",
            orNA(password.lastChanged),
            orNA(password.nextRotation),
          ]
        : ["false", password.lastUsed ? iso(password.lastUsed) : "N/A", "N/A", "N/A"];
  const [cert1, cert2] = subject.certificates;
  return [
    subject.user,
    subject.arn,
    iso(subject.createdAt),
    ...passwordColumns,
    String(subject.mfaActive),
    ...keyColumns(subject.accessKeys[0]),
    ...keyColumns(subject.accessKeys[1]),
    cert1 ? String(cert1.status === "Active") : "false",
    cert1 ? iso(cert1.uploadedAt) : "N/A",
    cert2 ? String(cert2.status === "Active") : "false",
    cert2 ? iso(cert2.uploadedAt) : "N/A",
  ];
}

/** The whole report: the header, the root user's row ("<root_account>"), then the users by name. */
export function reportCsv(subjects: ReportSubject[]): string {
  // No value holds a comma, a quote or a line break (names and ARNs cannot), so none needs quoting.
  return [CREDENTIAL_REPORT_COLUMNS.join(","), ...subjects.map((subject) => reportRow(subject).join(","))].join("\n");
}

async function readSubjects(db: Db, accountId: string): Promise<ReportSubject[]> {
  const [account, users, rootDevices, policy] = await Promise.all([
    db.account.findUniqueOrThrow({
      where: { id: accountId },
      select: {
        createdAt: true,
        rootPasswordLastUsed: true,
        accessKeys: { where: { userId: null }, orderBy: { createdAt: "asc" } },
        signingCertificates: { where: { userId: null }, orderBy: { uploadedAt: "asc" } },
      },
    }),
    db.user.findMany({
      where: { accountId },
      orderBy: { nameKey: "asc" },
      include: {
        accessKeys: { orderBy: { createdAt: "asc" } },
        signingCertificates: { orderBy: { uploadedAt: "asc" } },
        _count: { select: { mfaDevices: true } },
      },
    }),
    db.mfaDevice.count({ where: { accountId, assignedToRoot: true } }),
    findPasswordPolicy(db, accountId),
  ]);
  const root: ReportSubject = {
    user: "<root_account>",
    arn: rootArn(accountId),
    createdAt: account.createdAt,
    password: { enabled: "not_supported", lastUsed: account.rootPasswordLastUsed },
    mfaActive: rootDevices > 0,
    accessKeys: account.accessKeys,
    certificates: account.signingCertificates,
  };
  return [
    root,
    ...users.map((user) => ({
      user: user.name,
      arn: user.arn,
      createdAt: user.createdAt,
      password: {
        enabled: user.passwordHash !== null,
        lastUsed: user.passwordLastUsed,
        lastChanged: user.passwordSetAt,
        nextRotation: user.passwordHash ? passwordExpiresAt(policy, user.passwordSetAt) : null,
      },
      mfaActive: user._count.mfaDevices > 0,
      accessKeys: user.accessKeys,
      certificates: user.signingCertificates,
    })),
  ];
}

/**
 * GenerateCredentialReport: AWS's answer is STARTED ("No report exists. Starting a new report
 * generation task") when it starts a report and COMPLETE while the last one is under four hours old.
 * The lab writes the report at once, so the GetCredentialReport that follows finds it ready.
 */
export async function generateCredentialReport(
  db: Db,
  input: { actor: Principal; now: Date; context: RequestContext },
): Promise<{ state: "STARTED" | "COMPLETE"; description?: string }> {
  await authorize(db, input.actor, "iam:GenerateCredentialReport", ANY_RESOURCE);
  const { accountId } = input.actor;
  const existing = await db.credentialReport.findUnique({ where: { accountId }, select: { generatedAt: true } });
  if (existing && input.now.getTime() - existing.generatedAt.getTime() < REPORT_REUSE_MS) return { state: "COMPLETE" };
  const content = reportCsv(await readSubjects(db, accountId));
  await db.$transaction(async (tx) => {
    await tx.credentialReport.upsert({ where: { accountId }, create: { accountId, generatedAt: input.now, content }, update: { generatedAt: input.now, content } });
    await recordCallerEvent(tx, input, "GenerateCredentialReport");
  });
  return { state: "STARTED", description: "No report exists. Starting a new report generation task" };
}

/**
 * GetCredentialReport: the last report while it is under four hours old. Before any, AWS's
 * ReportNotPresent (sent with no message); after, its ReportExpired.
 */
export async function getCredentialReport(db: Db, input: { actor: Principal; now: Date }): Promise<{ content: string; generatedTime: Date }> {
  await authorize(db, input.actor, "iam:GetCredentialReport", ANY_RESOURCE);
  const report = await db.credentialReport.findUnique({ where: { accountId: input.actor.accountId } });
  if (!report) throw new IamError("ReportNotPresent", "");
  if (input.now.getTime() - report.generatedAt.getTime() >= REPORT_REUSE_MS) {
    throw new IamError(
      "ReportExpired",
      "The request was rejected because the most recent credential report has expired. To generate a new credential report, use GenerateCredentialReport.",
    );
  }
  return { content: report.content, generatedTime: report.generatedAt };
}
