import "server-only";
import { z } from "zod";
import { createLoginProfile } from "../../iam/create-login-profile";
import { deleteLoginProfile } from "../../iam/delete-login-profile";
import type { Operation } from "../operation";
import { parseParams } from "../params";
import { password, userName } from "./params";

// Each operation's parameters, built once (./params.ts).
const CREATE_LOGIN_PROFILE = z.object({ UserName: userName, Password: password });
const DELETE_LOGIN_PROFILE = z.object({ UserName: userName });

/** IAM users' console passwords. */
export const LOGIN_PROFILE_OPERATIONS: Record<string, Operation> = {
  async CreateLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(CREATE_LOGIN_PROFILE, params);
    const profile = await createLoginProfile(db, { actor, userName: p.UserName, password: p.Password, now, context });
    return { LoginProfile: { UserName: profile.userName, CreateDate: profile.createDate, PasswordResetRequired: false } };
  },

  async DeleteLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(DELETE_LOGIN_PROFILE, params);
    await deleteLoginProfile(db, { actor, userName: p.UserName, now, context });
    return null;
  },
};
