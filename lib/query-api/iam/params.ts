import { z } from "zod";
import { IAM, MAX_TAGS, satisfies } from "../../iam/constraints";
import { QueryError } from "../errors";
import { awsEnum, awsString, parseParams, readMembers } from "../params";

// IAM's parameters as the Query API reads them: each one's constraint from lib/iam/constraints.ts,
// named as AWS's ValidationError messages name them.

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
export const pathPrefix = () => awsString("pathPrefix", IAM.pathPrefix);

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
export const twoCodeParams = () =>
  z.object({
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

/**
 * `Tags.member.N.Key` / `.Value`: at most 50, each key and value as AWS constrains them. `required`:
 * the list is a required member (TagUser), so a request without it is AWS's ValidationError.
 */
export function readTags(params: Record<string, string>, { required = false } = {}): { key: string; value: string }[] {
  const tags = readMembers(params, "Tags", ["Key", "Value"]);
  if (required && tags.length === 0 && params.Tags !== "") throw missing("tags");
  if (tags.length > MAX_TAGS) throw tooMany("tags");
  return tags.map((tag, i) => ({
    key: parseParams(awsString(`tags.${i + 1}.member.key`, IAM.tagKey), tag.Key),
    value: parseParams(awsString(`tags.${i + 1}.member.value`, IAM.tagValue), tag.Value ?? ""),
  }));
}

/** `TagKeys.member.N`: at most 50 keys; `required` as readTags's. */
export function readTagKeys(params: Record<string, string>, { required = false } = {}): string[] {
  const keys = readMembers(params, "TagKeys", []);
  if (required && keys.length === 0 && params.TagKeys !== "") throw missing("tagKeys");
  if (keys.length > MAX_TAGS) throw tooMany("tagKeys");
  return keys.map((member, i) => parseParams(awsString(`tagKeys.${i + 1}.member`, IAM.tagKey), member.value));
}
