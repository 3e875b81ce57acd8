import { z } from "zod";
import { IAM, MAX_TAGS, satisfies } from "../../iam/constraints";
import { QueryError } from "../errors";
import { awsString, parseParams, readMembers } from "../params";

// IAM's parameters as the Query API reads them: each one's constraint from lib/iam/constraints.ts,
// named as AWS's ValidationError messages name them.

/** A user named in a request (existingUserNameType); CreateUser's new name is `newUserName`. */
export const userName = (name = "userName") => awsString(name, IAM.existingUserName);
export const newUserName = () => awsString("userName", IAM.userName);
export const serialNumber = () => awsString("serialNumber", IAM.serialNumber);
export const authenticationCode = (name: string) => awsString(name, IAM.authenticationCode);
export const accessKeyId = () => awsString("accessKeyId", IAM.accessKeyId);
export const accountAlias = () => awsString("accountAlias", IAM.accountAlias);
export const virtualMfaDeviceName = () => awsString("virtualMFADeviceName", IAM.virtualMfaDeviceName);
export const password = () => awsString("password", IAM.password);
export const pathPrefix = () => awsString("pathPrefix", IAM.pathPrefix);

const PATH_MESSAGE =
  "The specified value for path is invalid. It must begin and end with / and contain only alphanumeric characters and/or / characters.";

/**
 * A path: its length as the model says, then IAM's own check, which AWS answers with this message
 * alone (parseParams: a `bare` issue), not as a constraint of the model.
 */
export const path = () =>
  awsString("path", { ...IAM.path, pattern: undefined, regex: undefined }).refine((value) => satisfies(IAM.path, value), {
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

/** `Tags.member.N.Key` / `.Value`: at most 50, each key and value as AWS constrains them. */
export function readTags(params: Record<string, string>): { key: string; value: string }[] {
  const tags = readMembers(params, "Tags", ["Key", "Value"]);
  if (tags.length > MAX_TAGS) throw tooMany("tags");
  return tags.map((tag, i) => ({
    key: parseParams(awsString(`tags.${i + 1}.member.key`, IAM.tagKey), tag.Key),
    value: parseParams(awsString(`tags.${i + 1}.member.value`, IAM.tagValue), tag.Value ?? ""),
  }));
}

/** `TagKeys.member.N`: at most 50 keys. */
export function readTagKeys(params: Record<string, string>): string[] {
  const keys = readMembers(params, "TagKeys", []);
  if (keys.length > MAX_TAGS) throw tooMany("tagKeys");
  return keys.map((member, i) => parseParams(awsString(`tagKeys.${i + 1}.member`, IAM.tagKey), member.value));
}
