import type { Db } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import { newRoleId } from "./ids";
import { roleArn } from "./policy/request-context";
import type { Principal, RequestContext } from "./principal";
import { writeRoleTags } from "./role-tags";
import { checkTrustPolicy, DEFAULT_MAX_SESSION_DURATION, type RoleDetail, roleDetail } from "./roles";
import { checkDistinctKeys, type Tag } from "./tags";
import { authorize } from "./authorize";
import { arnResource } from "./iam-actions";

export type CreateRoleInput = {
  actor: Principal;
  /** Already validated (roleNameType). */
  roleName: string;
  path?: string;
  /** The trust policy as sent: checked here, stored as it is. */
  assumeRolePolicyDocument: string;
  description?: string;
  /** Already within 3,600–43,200 seconds. */
  maxSessionDuration?: number;
  tags?: Tag[];
  now: Date;
  context: RequestContext;
};

const alreadyExists = (roleName: string) => new IamError("EntityAlreadyExists", `Role with name ${roleName} already exists.`);

/** CreateRole: a role named uniquely in its account regardless of case, with its trust policy and tags. */
export async function createRole(db: Db, input: CreateRoleInput): Promise<RoleDetail> {
  const { actor, now } = input;
  await authorize(db, actor, "iam:CreateRole", arnResource(roleArn(actor.accountId, input.path ?? "/", input.roleName)));
  const tags = input.tags ?? [];
  checkDistinctKeys(tags);
  const path = input.path ?? "/";
  try {
    return await db.$transaction(async (tx) => {
      await checkTrustPolicy(tx, actor.accountId, input.assumeRolePolicyDocument);
      const role = await tx.role.create({
        data: {
          id: newRoleId(),
          accountId: actor.accountId,
          name: input.roleName,
          nameKey: input.roleName.toLowerCase(),
          path,
          arn: roleArn(actor.accountId, path, input.roleName),
          description: input.description ?? null,
          assumeRolePolicyDocument: input.assumeRolePolicyDocument,
          maxSessionDuration: input.maxSessionDuration ?? DEFAULT_MAX_SESSION_DURATION,
          createdAt: now,
        },
      });
      await writeRoleTags(tx, role.id, tags);
      await recordCallerEvent(tx, input, "CreateRole", {
        roleName: role.name,
        path,
        assumeRolePolicyDocument: role.assumeRolePolicyDocument,
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.maxSessionDuration !== undefined ? { maxSessionDuration: input.maxSessionDuration } : {}),
        ...(tags.length ? { tags } : {}),
      });
      return roleDetail(role, tags);
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyExists(input.roleName);
    throw error;
  }
}
