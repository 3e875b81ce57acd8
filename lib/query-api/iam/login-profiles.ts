import "server-only";
import { z } from "zod";
import { createLoginProfile } from "../../iam/create-login-profile";
import { deleteLoginProfile } from "../../iam/delete-login-profile";
import type { Operation } from "../operation";
import { parseParams } from "../params";
import { password, userName } from "./params";

/** IAM users' console passwords. */
export const LOGIN_PROFILE_OPERATIONS: Record<string, Operation> = {
  async CreateLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName(), Password: password() }), params);
    const profile = await createLoginProfile(db, { actor, userName: p.UserName, password: p.Password, now, context });
    return { LoginProfile: { UserName: profile.userName, CreateDate: profile.createDate, PasswordResetRequired: false } };
  },

  async DeleteLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName() }), params);
    await deleteLoginProfile(db, { actor, userName: p.UserName, now, context });
    return null;
  },
};
