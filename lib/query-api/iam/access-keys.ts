import "server-only";
import { z } from "zod";
import { createAccessKey } from "../../iam/create-access-key";
import { deleteAccessKey } from "../../iam/delete-access-key";
import { getAccessKeyLastUsed } from "../../iam/get-access-key-last-used";
import { listAccessKeys } from "../../iam/list-access-keys";
import { updateAccessKey } from "../../iam/update-access-key";
import type { Operation } from "../operation";
import { pageParams, paginate, parseParams } from "../params";
import { accessKeyId, status, userName } from "./params";

/** Long-term access keys, the root user's included. */
export const ACCESS_KEY_OPERATIONS: Record<string, Operation> = {
  async CreateAccessKey({ params, db, actor, settings, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional() }), params);
    const key = await createAccessKey(db, { actor, userName: p.UserName, settings, now, context });
    return {
      AccessKey: {
        UserName: key.userName ?? undefined,
        AccessKeyId: key.accessKeyId,
        Status: key.status,
        SecretAccessKey: key.secretAccessKey,
        CreateDate: key.createDate,
      },
    };
  },

  async ListAccessKeys({ params, db, actor }) {
    const p = parseParams(z.object({ UserName: userName().optional(), ...pageParams }), params);
    const { page, ...more } = paginate(await listAccessKeys(db, { actor, userName: p.UserName }), p);
    return {
      AccessKeyMetadata: page.map((key) => ({ UserName: key.userName ?? undefined, AccessKeyId: key.accessKeyId, Status: key.status, CreateDate: key.createDate })),
      ...more,
    };
  },

  async UpdateAccessKey({ params, db, actor, now, context }) {
    const p = parseParams(
      z.object({ UserName: userName().optional(), AccessKeyId: accessKeyId(), Status: status() }),
      params,
    );
    await updateAccessKey(db, { actor, userName: p.UserName, accessKeyId: p.AccessKeyId, status: p.Status, now, context });
    return null;
  },

  async GetAccessKeyLastUsed({ params, db, actor }) {
    const p = parseParams(z.object({ AccessKeyId: accessKeyId() }), params);
    const lastUsed = await getAccessKeyLastUsed(db, { actor, accessKeyId: p.AccessKeyId });
    return {
      UserName: lastUsed.userName ?? undefined,
      AccessKeyLastUsed: { LastUsedDate: lastUsed.lastUsedDate ?? undefined, ServiceName: lastUsed.serviceName, Region: lastUsed.region },
    };
  },

  async DeleteAccessKey({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional(), AccessKeyId: accessKeyId() }), params);
    await deleteAccessKey(db, { actor, userName: p.UserName, accessKeyId: p.AccessKeyId, now, context });
    return null;
  },
};
