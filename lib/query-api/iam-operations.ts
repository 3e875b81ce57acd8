import "server-only";
import { z } from "zod";
import { createAccessKey } from "../iam/create-access-key";
import { createAccountAlias } from "../iam/create-account-alias";
import { createLoginProfile } from "../iam/create-login-profile";
import { createUser } from "../iam/create-user";
import { createVirtualMfaDevice } from "../iam/create-virtual-mfa-device";
import { deactivateMfaDevice } from "../iam/deactivate-mfa-device";
import { deleteAccessKey } from "../iam/delete-access-key";
import { deleteAccountAlias } from "../iam/delete-account-alias";
import { deleteLoginProfile } from "../iam/delete-login-profile";
import { deleteUser } from "../iam/delete-user";
import { deleteVirtualMfaDevice } from "../iam/delete-virtual-mfa-device";
import { enableMfaDevice } from "../iam/enable-mfa-device";
import { getAccount } from "../iam/get-account";
import { getAccountSummary } from "../iam/get-account-summary";
import { getUser } from "../iam/get-user";
import { listAccessKeys } from "../iam/list-access-keys";
import { listMfaDeviceTags } from "../iam/list-mfa-device-tags";
import { listMfaDevices } from "../iam/list-mfa-devices";
import { listUsers } from "../iam/list-users";
import { ASSIGNMENT_STATUSES, listVirtualMfaDevices } from "../iam/list-virtual-mfa-devices";
import { resyncMfaDevice } from "../iam/resync-mfa-device";
import { MAX_TAGS_PER_DEVICE, tagMfaDevice } from "../iam/tag-mfa-device";
import { untagMfaDevice } from "../iam/untag-mfa-device";
import { updateAccessKey } from "../iam/update-access-key";
import { qrCodePng } from "../mfa/qr-code";
import { QueryError } from "./errors";
import type { Operation } from "./operation";
import { accessKeyId, authenticationCode, awsString, marker, maxItems, paginate, parseParams, readMembers, serialNumber, userName } from "./params";
import { XmlMap } from "./xml";

const PATH_MESSAGE =
  "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.";
const path = () =>
  awsString("path", { max: 512 }).refine((value) => value === "/" || /^\/[\u0021-\u007E]+\/$/.test(value), PATH_MESSAGE);
const deviceName = () => awsString("virtualMFADeviceName", { min: 1, pattern: /^[\w+=,.@-]+$/, patternText: "[\\w+=,.@-]+" });
const tagKey = (name: string) =>
  awsString(name, { min: 1, max: 128, pattern: /^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u, patternText: "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+" });
const tagValue = (name: string) => awsString(name, { max: 256 });
/** EnableMFADevice's and ResyncMFADevice's parameters: the same four, with the same constraints. */
const twoCodeParams = () =>
  z.object({
    UserName: userName(),
    SerialNumber: serialNumber(),
    AuthenticationCode1: authenticationCode("authenticationCode1"),
    AuthenticationCode2: authenticationCode("authenticationCode2"),
  });
const pageParams = { Marker: marker().optional(), MaxItems: maxItems().optional() };

function readTags(params: Record<string, string>) {
  const tags = readMembers(params, "Tags", ["Key", "Value"]);
  if (tags.length > MAX_TAGS_PER_DEVICE) {
    throw new QueryError("ValidationError", `1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to ${MAX_TAGS_PER_DEVICE}`);
  }
  return tags.map((tag, i) => ({
    key: parseParams(tagKey(`tags.${i + 1}.member.key`), tag.Key),
    value: parseParams(tagValue(`tags.${i + 1}.member.value`), tag.Value ?? ""),
  }));
}

/** AWS's User shape; the root user has an ARN and the account id as its UserId, but no name or path. */
function userShape(user: { path: string | null; userName: string | null; userId: string; arn: string; createDate: Date; passwordLastUsed?: Date | null }) {
  return { Path: user.path, UserName: user.userName, UserId: user.userId, Arn: user.arn, CreateDate: user.createDate, PasswordLastUsed: user.passwordLastUsed };
}

/** Every IAM action the lab answers, each parsing its parameters and calling one lib/iam function. */
export const IAM_OPERATIONS: Record<string, Operation> = {
  async CreateVirtualMFADevice({ params, db, actor, settings, now, context }) {
    const p = parseParams(z.object({ VirtualMFADeviceName: deviceName(), Path: path().optional() }), params);
    const tags = readTags(params);
    const device = await createVirtualMfaDevice(db, { actor, name: p.VirtualMFADeviceName, path: p.Path, tags, settings, now, context });
    return {
      VirtualMFADevice: {
        SerialNumber: device.serialNumber,
        // Both blobs travel base64-encoded: the seed's base32 text, and the PNG's bytes.
        Base32StringSeed: Buffer.from(device.seed, "ascii").toString("base64"),
        QRCodePNG: (await qrCodePng(device.otpauthUri)).toString("base64"),
      },
    };
  },

  async EnableMFADevice({ params, db, actor, settings, now, context }) {
    const p = parseParams(twoCodeParams(), params);
    await enableMfaDevice(db, {
      actor,
      userName: p.UserName,
      serialNumber: p.SerialNumber,
      code1: p.AuthenticationCode1,
      code2: p.AuthenticationCode2,
      settings,
      now,
      context,
    });
    return null;
  },

  async ResyncMFADevice({ params, db, actor, settings, now, context }) {
    const p = parseParams(twoCodeParams(), params);
    await resyncMfaDevice(db, {
      actor,
      userName: p.UserName,
      serialNumber: p.SerialNumber,
      code1: p.AuthenticationCode1,
      code2: p.AuthenticationCode2,
      settings,
      now,
      context,
    });
    return null;
  },

  async DeactivateMFADevice({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional(), SerialNumber: serialNumber() }), params);
    await deactivateMfaDevice(db, { actor, userName: p.UserName, serialNumber: p.SerialNumber, now, context });
    return null;
  },

  async DeleteVirtualMFADevice({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ SerialNumber: serialNumber() }), params);
    await deleteVirtualMfaDevice(db, { actor, serialNumber: p.SerialNumber, now, context });
    return null;
  },

  async ListMFADevices({ params, db, actor }) {
    const p = parseParams(z.object({ UserName: userName().optional(), ...pageParams }), params);
    const devices = await listMfaDevices(db, { actor, userName: p.UserName });
    const { page, ...more } = paginate(devices, p);
    return {
      MFADevices: page.map((device) => ({ UserName: device.userName ?? "root", SerialNumber: device.serialNumber, EnableDate: device.enableDate })),
      ...more,
    };
  },

  async ListVirtualMFADevices({ params, db, actor }) {
    const p = parseParams(
      z.object({
        AssignmentStatus: z
          .enum(ASSIGNMENT_STATUSES, {
            message: `Value at 'assignmentStatus' failed to satisfy constraint: Member must satisfy enum value set: [${ASSIGNMENT_STATUSES.join(", ")}]`,
          })
          .optional(),
        ...pageParams,
      }),
      params,
    );
    const result = await listVirtualMfaDevices(db, { actor, assignmentStatus: p.AssignmentStatus, marker: p.Marker, maxItems: p.MaxItems });
    return {
      VirtualMFADevices: result.virtualMfaDevices.map((device) => ({
        SerialNumber: device.serialNumber,
        EnableDate: device.enableDate,
        User: device.user && userShape(device.user),
      })),
      IsTruncated: result.isTruncated,
      Marker: result.marker,
    };
  },

  async TagMFADevice({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ SerialNumber: serialNumber() }), params);
    await tagMfaDevice(db, { actor, serialNumber: p.SerialNumber, tags: readTags(params), now, context });
    return null;
  },

  async UntagMFADevice({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ SerialNumber: serialNumber() }), params);
    const tagKeys = readMembers(params, "TagKeys", []).map((member, i) => parseParams(tagKey(`tagKeys.${i + 1}.member`), member.value));
    await untagMfaDevice(db, { actor, serialNumber: p.SerialNumber, tagKeys, now, context });
    return null;
  },

  async ListMFADeviceTags({ params, db, actor }) {
    const p = parseParams(z.object({ SerialNumber: serialNumber(), ...pageParams }), params);
    const { page, ...more } = paginate(await listMfaDeviceTags(db, { actor, serialNumber: p.SerialNumber }), p);
    return { Tags: page.map((tag) => ({ Key: tag.key, Value: tag.value })), ...more };
  },

  async GetAccountSummary({ db, actor }) {
    return { SummaryMap: new XmlMap({ ...(await getAccountSummary(db, { actor })), AccessKeysPerUserQuota: 2, MFADevicesPerUserQuota: 8 }) };
  },

  async GetUser({ params, db, actor }) {
    const p = parseParams(z.object({ UserName: userName().optional() }), params);
    if (!p.UserName && actor.isRoot) {
      const account = await getAccount(db, actor.accountId);
      return { User: userShape({ path: null, userName: null, userId: account.accountId, arn: actor.arn, createDate: account.createdAt }) };
    }
    const user = await getUser(db, { actor, userName: p.UserName ?? actor.userName! });
    return { User: userShape(user) };
  },

  async ListUsers({ params, db, actor }) {
    const p = parseParams(z.object({ PathPrefix: path().optional(), ...pageParams }), params);
    const users = (await listUsers(db, { actor })).filter((user) => user.path.startsWith(p.PathPrefix ?? "/"));
    const { page, ...more } = paginate(users, p);
    return {
      Users: page.map((user) =>
        userShape({ path: user.path, userName: user.userName, userId: user.userId, arn: user.arn, createDate: user.createdAt, passwordLastUsed: user.passwordLastUsed }),
      ),
      ...more,
    };
  },

  async CreateUser({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName().max(64), Path: path().optional() }), params);
    const user = await createUser(db, { accountId: actor.accountId, userName: p.UserName, path: p.Path, actor, now, context });
    return { User: userShape({ path: user.path, userName: user.userName, userId: user.userId, arn: user.arn, createDate: user.createdAt }) };
  },

  async DeleteUser({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName() }), params);
    await deleteUser(db, { actor, userName: p.UserName, now, context });
    return null;
  },

  async CreateLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName(), Password: awsString("password", { min: 1, max: 128 }) }), params);
    const profile = await createLoginProfile(db, { actor, userName: p.UserName, password: p.Password, now, context });
    return { LoginProfile: { UserName: profile.userName, CreateDate: profile.createDate, PasswordResetRequired: false } };
  },

  async DeleteLoginProfile({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName() }), params);
    await deleteLoginProfile(db, { actor, userName: p.UserName, now, context });
    return null;
  },

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
      z.object({
        UserName: userName().optional(),
        AccessKeyId: accessKeyId(),
        Status: z.enum(["Active", "Inactive"], { message: "Value at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive]" }),
      }),
      params,
    );
    await updateAccessKey(db, { actor, userName: p.UserName, accessKeyId: p.AccessKeyId, status: p.Status, now, context });
    return null;
  },

  async DeleteAccessKey({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ UserName: userName().optional(), AccessKeyId: accessKeyId() }), params);
    await deleteAccessKey(db, { actor, userName: p.UserName, accessKeyId: p.AccessKeyId, now, context });
    return null;
  },

  async CreateAccountAlias({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ AccountAlias: accountAlias() }), params);
    await createAccountAlias(db, { actor, accountAlias: p.AccountAlias, now, context });
    return null;
  },

  async ListAccountAliases({ db, actor }) {
    const account = await getAccount(db, actor.accountId);
    return { AccountAliases: account.alias ? [account.alias] : [], IsTruncated: false };
  },

  async DeleteAccountAlias({ params, db, actor, now, context }) {
    const p = parseParams(z.object({ AccountAlias: accountAlias() }), params);
    await deleteAccountAlias(db, { actor, accountAlias: p.AccountAlias, now, context });
    return null;
  },
};

function accountAlias() {
  return awsString("accountAlias", { min: 3, max: 63, pattern: /^[a-z0-9](([a-z0-9]|-(?!-))*[a-z0-9])?$/, patternText: "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$" });
}
