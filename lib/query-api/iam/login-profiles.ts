import "server-only";
import { z } from "zod";
import { changePassword } from "../../iam/change-password";
import { createLoginProfile } from "../../iam/create-login-profile";
import { deleteLoginProfile } from "../../iam/delete-login-profile";
import { IamError } from "../../iam/errors";
import { getUserLoginProfile, type LoginProfile, updateLoginProfile } from "../../iam/login-profiles";
import type { Operation } from "../operation";
import { awsBoolean, parseParams } from "../params";
import { password, userName } from "./params";

const loginProfileShape = (profile: LoginProfile) => ({
  UserName: profile.userName,
  CreateDate: profile.createDate,
  PasswordResetRequired: profile.passwordResetRequired,
});

/** IAM users' console passwords. */
export const LOGIN_PROFILE_OPERATIONS: Record<string, Operation> = {
  async CreateLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName(), Password: password(), PasswordResetRequired: awsBoolean("passwordResetRequired").optional() }), params);
    const profile = await createLoginProfile(db, { actor, userName: p.UserName, password: p.Password, passwordResetRequired: p.PasswordResetRequired, now, context });
    return { LoginProfile: loginProfileShape(profile) };
  },

  async GetLoginProfile({ params, db, actor }) {
    const p = parseParams(z.object({ UserName: userName() }), params);
    return { LoginProfile: loginProfileShape(await getUserLoginProfile(db, { actor, userName: p.UserName })) };
  },

  async UpdateLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(
      z.object({ UserName: userName(), Password: password().optional(), PasswordResetRequired: awsBoolean("passwordResetRequired").optional() }),
      params,
    );
    await updateLoginProfile(db, { actor, userName: p.UserName, password: p.Password, passwordResetRequired: p.PasswordResetRequired, now, context });
    return null;
  },

  async DeleteLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName() }), params);
    await deleteLoginProfile(db, { actor, userName: p.UserName, now, context });
    return null;
  },

  async ChangePassword({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ OldPassword: password("oldPassword"), NewPassword: password("newPassword") }), params);
    // The API's ChangePassword is an IAM user's (the root user's password is not affected by it, says
    // AWS's reference); the console's root "Change password" calls the domain directly.
    if (actor.isRoot) throw new IamError("InvalidUserType", "Only IAM users can change their own password with ChangePassword.");
    await changePassword(db, { actor, oldPassword: p.OldPassword, newPassword: p.NewPassword, now, context });
    return null;
  },
};
