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

// Each operation's parameters, built once (./params.ts).
const CREATE_LOGIN_PROFILE = z.object({ UserName: userName(), Password: password(), PasswordResetRequired: awsBoolean("passwordResetRequired").optional() });
const USER = z.object({ UserName: userName() });
const UPDATE_LOGIN_PROFILE = z.object({ UserName: userName(), Password: password().optional(), PasswordResetRequired: awsBoolean("passwordResetRequired").optional() });
const CHANGE_PASSWORD = z.object({ OldPassword: password("oldPassword"), NewPassword: password("newPassword") });

/** IAM users' console passwords. */
export const LOGIN_PROFILE_OPERATIONS: Record<string, Operation> = {
  async CreateLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(CREATE_LOGIN_PROFILE, params);
    const profile = await createLoginProfile(db, { actor, userName: p.UserName, password: p.Password, passwordResetRequired: p.PasswordResetRequired, now, context });
    return { LoginProfile: loginProfileShape(profile) };
  },

  async GetLoginProfile({ params, db, actor }) {
    const p = parseParams(USER, params);
    return { LoginProfile: loginProfileShape(await getUserLoginProfile(db, { actor, userName: p.UserName })) };
  },

  async UpdateLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(UPDATE_LOGIN_PROFILE, params);
    await updateLoginProfile(db, { actor, userName: p.UserName, password: p.Password, passwordResetRequired: p.PasswordResetRequired, now, context });
    return null;
  },

  async DeleteLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(USER, params);
    await deleteLoginProfile(db, { actor, userName: p.UserName, now, context });
    return null;
  },

  async ChangePassword({ params, db, actor, now, context }) {
    const p = parseParams(CHANGE_PASSWORD, params);
    // The API's ChangePassword is an IAM user's (the root user's password is not affected by it, says
    // AWS's reference); the console's root "Change password" calls the domain directly.
    if (actor.isRoot) throw new IamError("InvalidUserType", "Only IAM users can change their own password with ChangePassword.");
    await changePassword(db, { actor, oldPassword: p.OldPassword, newPassword: p.NewPassword, now, context });
    return null;
  },
};
