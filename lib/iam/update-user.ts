import type { Db } from "../db/types";
import { isUniqueViolation } from "../db/types";
import { userArn } from "./arn";
import { authorizeOnUser } from "./credentials-target";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";

const alreadyExists = (userName: string) => new IamError("EntityAlreadyExists", `User with name ${userName} already exists.`);

/**
 * UpdateUser: a new name (NewUserName) and/or path (NewPath); the ARN follows both. Everything else
 * refers to the user by its id (devices, keys, certificates, sessions), so it follows too; the event
 * history keeps the names as they were.
 */
export async function updateUser(
  db: Db,
  input: { actor: Principal; userName: string; newUserName?: string; newPath?: string; now: Date; context: RequestContext },
): Promise<void> {
  const { actor } = input;
  const { id } = await authorizeOnUser(db, actor, input.userName, "iam:UpdateUser");
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id } });
      const name = input.newUserName ?? user.name;
      const path = input.newPath ?? user.path;
      if (name.toLowerCase() !== user.nameKey) {
        const taken = await tx.user.findUnique({ where: { accountId_nameKey: { accountId: actor.accountId, nameKey: name.toLowerCase() } }, select: { id: true } });
        if (taken) throw alreadyExists(name);
      }
      await tx.user.update({ where: { id: user.id }, data: { name, nameKey: name.toLowerCase(), path, arn: userArn(actor.accountId, path, name) } });
      await recordCallerEvent(tx, input, "UpdateUser", {
        userName: user.name,
        ...(input.newUserName !== undefined ? { newUserName: input.newUserName } : {}),
        ...(input.newPath !== undefined ? { newPath: input.newPath } : {}),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyExists(input.newUserName ?? input.userName);
    throw error;
  }
}
