import { serializableTransaction } from "../db/transactions";
import type { Db } from "../db/types";
import { addDemoContents } from "../demo-contents";
import { requireRoot } from "./authorize";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";

export type ResetAccountInput = {
  actor: Principal;
  /** The caller's console session: the one session that survives. */
  keepSessionId: string;
  now: Date;
  context: RequestContext;
};

/**
 * The console's "Reset sandbox", for the root user only: the account returns to its starting state.
 * IAM users (with their passwords, devices, access keys, tags, signing certificates, SSH keys and
 * service-specific credentials), the root user's devices, access keys and signing certificates, the
 * password policy, the credential report, groups, customer managed policies, roles,
 * temporary credentials, pending sign-ins, other console sessions, the alias, "Require MFA for API
 * calls" and the event history go; the root user's e-mail and password stay. A single ResetAccount
 * event then starts the new history, as CreateAccount starts a new account's; the demo account gets
 * its seeded contents back.
 */
export async function resetAccount(db: Db, input: ResetAccountInput): Promise<void> {
  const { actor, now, context } = input;
  requireRoot(actor, "iam:ResetAccount");
  const accountId = actor.accountId;
  await serializableTransaction(db, async (tx) => {
    // MfaDevice.user is onDelete: Restrict: the devices go before the users.
    await tx.mfaDevice.deleteMany({ where: { accountId } });
    await tx.accessKey.deleteMany({ where: { accountId } });
    // The root user's signing certificates; the users' credentials, tags and password history go with them.
    await tx.signingCertificate.deleteMany({ where: { accountId } });
    await tx.accountPasswordPolicy.deleteMany({ where: { accountId } });
    await tx.credentialReport.deleteMany({ where: { accountId } });
    await tx.temporaryCredential.deleteMany({ where: { accountId } });
    await tx.signInChallenge.deleteMany({ where: { accountId } });
    await tx.webAuthnChallenge.deleteMany({ where: { accountId } });
    await tx.consoleSession.deleteMany({ where: { accountId, id: { not: input.keepSessionId } } });
    await tx.user.deleteMany({ where: { accountId } });
    // Groups, policies and roles; their memberships, attachments, versions and tags go with them.
    await tx.group.deleteMany({ where: { accountId } });
    await tx.managedPolicy.deleteMany({ where: { accountId } });
    await tx.role.deleteMany({ where: { accountId } });
    await tx.event.deleteMany({ where: { accountId } });
    const { isDemo } = await tx.account.update({
      where: { id: accountId },
      data: { alias: null, requireMfaForApi: false, rootMfaPromptedAt: null },
      select: { isDemo: true },
    });
    await recordCallerEvent(tx, input, "ResetAccount");
    if (isDemo) await addDemoContents(tx, { accountId, now, context });
  });
}
