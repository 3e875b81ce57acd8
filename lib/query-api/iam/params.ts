import { z } from "zod";
import { IAM, MAX_TAGS, ROLE_MAX_SESSION_DURATION, satisfies } from "../../iam/constraints";
import { QueryError } from "../errors";
import { awsEnum, awsInteger, awsString, parseParams, readMembers } from "../params";

// IAM's parameters as the Query API reads them: each one's constraint from lib/iam/constraints.ts,
// named as AWS's ValidationError messages name them. Build an operation's schema once, when its module
// loads (building a zod schema costs more than parsing with it): a z.object constant beside the
// operation, made with these.

/** A user named in a request (existingUserNameType); CreateUser's new name is `newUserName`. */
export const userName = (name = "userName") => awsString(name, IAM.existingUserName);
export const newUserName = (name = "userName") => awsString(name, IAM.userName);
export const serialNumber = () => awsString("serialNumber", IAM.serialNumber);
export const authenticationCode = (name: string) => awsString(name, IAM.authenticationCode);
export const accessKeyId = () => awsString("accessKeyId", IAM.accessKeyId);
export const accountAlias = () => awsString("accountAlias", IAM.accountAlias);
export const virtualMfaDeviceName = () => awsString("virtualMFADeviceName", IAM.virtualMfaDeviceName);
export const password = (name = "password") => awsString(name, IAM.password);
export const certificateId = () => awsString("certificateId", IAM.certificateId);
export const sshPublicKeyId = () => awsString("sSHPublicKeyId", IAM.publicKeyId);
export const serviceSpecificCredentialId = () => awsString("serviceSpecificCredentialId", IAM.serviceSpecificCredentialId);
/** statusType: Active or Inactive, for keys, certificates and credentials alike. */
export const status = () => awsEnum("status", ["Active", "Inactive"]);
export const roleName = () => awsString("roleName", IAM.roleName);
export const roleDescription = () => awsString("description", IAM.roleDescription);
export const maxSessionDuration = () => awsInteger("maxSessionDuration", ROLE_MAX_SESSION_DURATION);
/** A policy document as sent (policyDocumentType); `name` as the operation's member ("assumeRolePolicyDocument"). */
export const policyDocument = (name = "policyDocument") => awsString(name, IAM.policyDocument);
export const pathPrefix = () => awsString("pathPrefix", IAM.pathPrefix);
export const groupName = (name = "groupName") => awsString(name, IAM.groupName);
export const policyName = () => awsString("policyName", IAM.policyName);
export const policyArn = () => awsString("policyArn", IAM.arn);
/** A managed policy's Path, and the PathPrefix of the managed policy lists (policyPathType). */
export const policyPath = (name = "path") => awsString(name, IAM.policyPath);
export const policyVersionId = () => awsString("versionId", IAM.policyVersionId);
export const policyDescription = () => awsString("description", IAM.policyDescription);
/** EntityType: what ListEntitiesForPolicy's EntityFilter and GetAccountAuthorizationDetails's Filter name. */
export const ENTITY_TYPES = ["User", "Role", "Group", "LocalManagedPolicy", "AWSManagedPolicy"] as const;
export const policyUsageFilter = () => awsEnum("policyUsageFilter", ["PermissionsPolicy", "PermissionsBoundary"]);

const PATH_MESSAGE =
  "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.";

/**
 * A path: its length as the model says, then IAM's own check, which AWS answers with this message
 * alone (parseParams: a `bare` issue), not as a constraint of the model.
 */
export const path = (name = "path") =>
  awsString(name, { ...IAM.path, pattern: undefined, regex: undefined }).refine((value) => satisfies(IAM.path, value), {
    message: PATH_MESSAGE,
    params: { bare: true },
  });

/** EnableMFADevice's and ResyncMFADevice's parameters: the same four, with the same constraints. */
export const TWO_CODE_PARAMS = z.object({
  UserName: userName(),
  SerialNumber: serialNumber(),
  AuthenticationCode1: authenticationCode("authenticationCode1"),
  AuthenticationCode2: authenticationCode("authenticationCode2"),
});

function tooMany(name: string): QueryError {
  return new QueryError(
    "ValidationError",
    `1 validation error detected: Value at '${name}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_TAGS}`,
  );
}

function missing(name: string): QueryError {
  return new QueryError("ValidationError", `1 validation error detected: Value null at '${name}' failed to satisfy constraint: Member must not be null`);
}

/** The schemas of the Nth tag's key and value, and of the Nth tag key: AWS names each member by its position. */
const TAG_MEMBERS = Array.from({ length: MAX_TAGS }, (_, i) => ({
  key: awsString(`tags.${i + 1}.member.key`, IAM.tagKey),
  value: awsString(`tags.${i + 1}.member.value`, IAM.tagValue),
  tagKey: awsString(`tagKeys.${i + 1}.member`, IAM.tagKey),
}));

/**
 * `Tags.member.N.Key` / `.Value`: at most 50, each key and value as AWS constrains them. `required`:
 * the list is a required member (TagUser), so a request without it is AWS's ValidationError.
 */
export function readTags(params: Record<string, string>, { required = false } = {}): { key: string; value: string }[] {
  const tags = readMembers(params, "Tags", ["Key", "Value"]);
  if (required && tags.length === 0 && params.Tags !== "") throw missing("tags");
  if (tags.length > MAX_TAGS) throw tooMany("tags");
  return tags.map((tag, i) => ({ key: parseParams(TAG_MEMBERS[i].key, tag.Key), value: parseParams(TAG_MEMBERS[i].value, tag.Value ?? "") }));
}

/** `TagKeys.member.N`: at most 50 keys; `required` as readTags's. */
export function readTagKeys(params: Record<string, string>, { required = false } = {}): string[] {
  const keys = readMembers(params, "TagKeys", []);
  if (required && keys.length === 0 && params.TagKeys !== "") throw missing("tagKeys");
  if (keys.length > MAX_TAGS) throw tooMany("tagKeys");
  return keys.map((member, i) => parseParams(TAG_MEMBERS[i].tagKey, member.value));
}
