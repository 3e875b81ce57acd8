import { hashPassword } from "../auth/password";
import type { Db } from "../db/types";
import { requireAccountAdministrator } from "./authorization";
import { IamError } from "./errors";
import { recordCallerEvent } from "./events";
import type { Principal, RequestContext } from "./principal";
import { findUserByName } from "./users";
import { newPasswordSchema } from "./validation";

/** CreateLoginProfile: gives an IAM user a console password, checked against the password policy. */
export async function createLoginProfile(
  db: Db,
  input: { actor: Principal; userName: string; password: string; now: Date; context: RequestContext },
): Promise<{ userName: string; createDate: Date }> {
  const { actor, now } = input;
  requireAccountAdministrator(actor, "CreateLoginProfile");
  const user = await findUserByName(db, actor.accountId, input.userName);
  if (!newPasswordSchema.safeParse(input.password).success) {
    throw new IamError("PasswordPolicyViolation", "Password does not conform to the account password policy.");
  }
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, passwordHash: null }, data: { passwordHash, passwordSetAt: now } });
    if (count !== 1) throw new IamError("EntityAlreadyExists", `Login Profile for user ${user.name} already exists.`);
    await recordCallerEvent(tx, input, "CreateLoginProfile", { userName: user.name });
  });
  return { userName: user.name, createDate: now };
}
