import type { Db } from "../db/types";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { authorizePolicyOwnerAccess } from "./policy-owners";
import type { Principal, RequestContext } from "./principal";
import { authorizeOnRole, findRoleByName } from "./roles";

/**
 * DeleteRole: refused with DeleteConflict while a managed policy is attached or an inline policy
 * remains, in AWS's words and order. Its tags go with it, and so do its sessions: their credentials
 * stop working at once (AWS lets them run out but denies what they do, the role being gone).
 * `deletePolicies` is the console's Delete role, which first detaches the managed policies and deletes
 * the inline ones (User Guide, "Deleting an IAM role (console)"), each as its own authorized call.
 */
export async function deleteRole(
  db: Db,
  input: { actor: Principal; roleName: string; deletePolicies?: boolean; now: Date; context: RequestContext },
): Promise<void> {
  await authorizeOnRole(db, input.actor, input.roleName, "iam:DeleteRole");
  await db.$transaction(async (tx) => {
    const role = await findRoleByName(tx, input.actor.accountId, input.roleName);
    if (input.deletePolicies) {
      const attached = await tx.policyAttachment.findMany({ where: { roleId: role.id }, orderBy: { attachedAt: "asc" }, select: { id: true, policyArn: true } });
      if (attached.length) await authorizePolicyOwnerAccess(tx, input.actor, "DetachRolePolicy", "role", role.name);
      for (const attachment of attached) {
        await tx.policyAttachment.delete({ where: { id: attachment.id } });
        await recordCallerEvent(tx, input, "DetachRolePolicy", { roleName: role.name, policyArn: attachment.policyArn });
      }
      const inline = await tx.inlinePolicy.findMany({ where: { roleId: role.id }, orderBy: { name: "asc" }, select: { id: true, name: true } });
      if (inline.length) await authorizePolicyOwnerAccess(tx, input.actor, "DeleteRolePolicy", "role", role.name);
      for (const policy of inline) {
        await tx.inlinePolicy.delete({ where: { id: policy.id } });
        await recordCallerEvent(tx, input, "DeleteRolePolicy", { roleName: role.name, policyName: policy.name });
      }
    }
    if (await tx.policyAttachment.count({ where: { roleId: role.id } })) {
      throw new IamError("DeleteConflict", "Cannot delete entity, must detach all policies first.");
    }
    if (await tx.inlinePolicy.count({ where: { roleId: role.id } })) {
      throw new IamError("DeleteConflict", "Cannot delete entity, must delete policies first.");
    }
    await tx.role.delete({ where: { id: role.id } });
    await recordCallerEvent(tx, input, "DeleteRole", { roleName: role.name });
  });
}
