import type { Db } from "../db/types";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import { authorizeOnRole, checkTrustPolicy, findRoleByName } from "./roles";

/** UpdateAssumeRolePolicy: replaces the role's trust policy, checked as CreateRole checks it. */
export async function updateAssumeRolePolicy(
  db: Db,
  input: { actor: Principal; roleName: string; policyDocument: string; now: Date; context: RequestContext },
): Promise<void> {
  await authorizeOnRole(db, input.actor, input.roleName, "iam:UpdateAssumeRolePolicy");
  await db.$transaction(async (tx) => {
    const role = await findRoleByName(tx, input.actor.accountId, input.roleName);
    await checkTrustPolicy(tx, input.actor.accountId, input.policyDocument);
    await tx.role.update({ where: { id: role.id }, data: { assumeRolePolicyDocument: input.policyDocument } });
    await recordCallerEvent(tx, input, "UpdateAssumeRolePolicy", { roleName: role.name, policyDocument: input.policyDocument });
  });
}
