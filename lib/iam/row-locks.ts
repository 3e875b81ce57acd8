import type { DbOrTx } from "../db/types";
import type { PolicyOwnerKind } from "./policy-owners";

// A transaction that counts rows against a quota first takes the write lock of the row that owns them, with
// an UPDATE that changes nothing. Concurrent transactions then queue on that row instead of each counting
// without the other's insert: PostgreSQL (READ COMMITTED) runs the waiting one's later statements on what the
// first committed; SQLite has one writer at a time. Unlike a serializable transaction, nobody is refused for
// losing a race, however many requests arrive at once.

/** Locks the account's row: quotas counted per account (groups). */
export async function lockAccount(tx: DbOrTx, accountId: string): Promise<void> {
  await tx.account.update({ where: { id: accountId }, data: { id: accountId }, select: { id: true } });
}

/** Locks a user's, group's or role's row: quotas counted per owner (attached policies, group memberships). */
export async function lockPolicyOwner(tx: DbOrTx, owner: { kind: PolicyOwnerKind; id: string }): Promise<void> {
  const where = { where: { id: owner.id }, data: { id: owner.id }, select: { id: true } };
  if (owner.kind === "user") await tx.user.update(where);
  else if (owner.kind === "group") await tx.group.update(where);
  else await tx.role.update(where);
}
