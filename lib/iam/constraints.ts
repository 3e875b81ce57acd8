/**
 * A string parameter's constraint in AWS's service model: length bounds and `pattern`, the model's
 * own text, which AWS quotes in its ValidationError messages. `regex` is that pattern anchored.
 */
export type StringConstraint = { min: number; max?: number; pattern?: string; regex?: RegExp };

function constraint<Max extends number | undefined>(min: number, max: Max, pattern?: string): StringConstraint & { max: Max } {
  // AWS matches with Java's regex engine; with the "u" flag JavaScript reads \p{L} alike and keeps
  // \w and \d to ASCII, as Java does by default.
  return { min, max, pattern, regex: pattern === undefined ? undefined : new RegExp(`^(?:${pattern})$`, "u") };
}

/** Whether `value` satisfies the constraint: length in UTF-16 units (as AWS counts) and pattern. */
export function satisfies(c: StringConstraint, value: string): boolean {
  return value.length >= c.min && (c.max === undefined || value.length <= c.max) && (c.regex?.test(value) ?? true);
}

/**
 * IAM's constraints, from botocore's model of iam/2010-05-08 (service-2.json, the shape in each
 * comment). The one source of truth for both doors: the console words its messages in the reader's
 * language, the Query API in AWS's.
 */
export const IAM = {
  /** userNameType: a new user's name. */
  userName: constraint(1, 64, "[\\w+=,.@-]+"),
  /** existingUserNameType: a user named in a request, which may predate the 64-character limit. */
  existingUserName: constraint(1, 128, "[\\w+=,.@-]+"),
  /** pathType: "/" or "/…/" of printable ASCII ("/a//b/" included, as AWS accepts it). */
  path: constraint(1, 512, "(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)"),
  /** pathPrefixType */
  pathPrefix: constraint(1, 512, "\\u002F[\\u0021-\\u007F]*"),
  /** virtualMFADeviceName */
  virtualMfaDeviceName: constraint(1, undefined, "[\\w+=,.@-]+"),
  /** serialNumberType: a virtual device's ARN or a hardware device's serial number. */
  serialNumber: constraint(9, 256, "[\\w+=/:,.@-]+"),
  /** authenticationCodeType */
  authenticationCode: constraint(6, 6, "[\\d]+"),
  /** accessKeyIdType */
  accessKeyId: constraint(16, 128, "[\\w]+"),
  /** accountAliasType */
  accountAlias: constraint(3, 63, "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"),
  /** passwordType */
  password: constraint(1, 128, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
  /** tagKeyType */
  tagKey: constraint(1, 128, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+"),
  /** tagValueType: letters, spaces, digits and _.:/=+-@ only, so no control character is ever stored. */
  tagValue: constraint(0, 256, "[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*"),
  /** roleNameType */
  roleName: constraint(1, 64, "[\\w+=,.@-]+"),
  /** roleDescriptionType */
  roleDescription: constraint(0, 1000, "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u00A1-\\u00FF]*"),
  /** policyDocumentType: a policy (or trust policy) document as sent, JSON text of Latin-1 characters;
   * its size quotas are IAM's own (lib/iam/policy/policy-size.ts). */
  policyDocument: constraint(1, 131072, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
  /** markerType */
  marker: constraint(1, 320, "[\\u0020-\\u00FF]+"),
  /** certificateBodyType: a PEM-encoded X.509 certificate. */
  certificateBody: constraint(1, 16384, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
  /** certificateIdType */
  certificateId: constraint(24, 128, "[\\w]+"),
  /** publicKeyMaterialType: an SSH public key, OpenSSH or PEM. */
  publicKeyMaterial: constraint(1, 16384, "[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+"),
  /** publicKeyIdType */
  publicKeyId: constraint(20, 128, "[\\w]+"),
  /** serviceSpecificCredentialId */
  serviceSpecificCredentialId: constraint(20, 128, "[\\w]+"),
  /** groupNameType */
  groupName: constraint(1, 128, "[\\w+=,.@-]+"),
  /** policyNameType: a managed policy's or an inline policy's name. */
  policyName: constraint(1, 128, "[\\w+=,.@-]+"),
  /** policyPathType: a managed policy's path, and the PathPrefix of the policy lists (stricter than pathType). */
  policyPath: constraint(1, 512, "((/[A-Za-z0-9\\.,\\+@=_-]+)*)/"),
  /** policyDescriptionType */
  policyDescription: constraint(0, 1000),
  /** policyVersionIdType: "v1", "v2", … */
  policyVersionId: constraint(0, undefined, "v[1-9][0-9]*(\\.[A-Za-z0-9-]*)?"),
  /** arnType: any ARN; what it names is IAM's own check. */
  arn: constraint(20, 2048),
} as const;

/** minimumPasswordLengthType, maxPasswordAgeType, passwordReusePreventionType: UpdateAccountPasswordPolicy's bounds. */
export const PASSWORD_POLICY_BOUNDS = {
  minimumPasswordLength: { min: 6, max: 128 },
  maxPasswordAge: { min: 1, max: 1095 },
  passwordReusePrevention: { min: 1, max: 24 },
} as const;

/** roleMaxSessionDurationType: a role's longest session, in seconds. */
export const ROLE_MAX_SESSION_DURATION = { min: 3600, max: 43200 } as const;

/** tagListType and tagKeyListType: at most 50 tags in one request, and on one resource. */
export const MAX_TAGS = 50;

/** STS's constraints, from botocore's model of sts/2011-06-15, which differ from IAM's in places. */
export const STS = {
  /** serialNumberType (STS's allows the empty string's pattern; the length still refuses it). */
  serialNumber: constraint(9, 256, "[\\w+=/:,.@-]*"),
  /** tokenCodeType */
  tokenCode: constraint(6, 6, "[\\d]*"),
  /** accessKeyIdType (STS's allows the empty string's pattern; the length still refuses it). */
  accessKeyId: constraint(16, 128, "[\\w]*"),
  /** arnType: AssumeRole's RoleArn (any printable text; IAM reads it as a role's ARN). */
  arn: constraint(20, 2048, "[\\u0009\\u000A\\u000D\\u0020-\\u007E\\u0085\\u00A0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+"),
  /** roleSessionNameType */
  roleSessionName: constraint(2, 64, "[\\w+=,.@-]*"),
  /** externalIdType */
  externalId: constraint(2, 1224, "[\\w+=,.@:\\/-]*"),
} as const;

/** roleDurationSecondsType: AssumeRole's DurationSeconds, before the role's own maximum. */
export const ROLE_DURATION_SECONDS = { min: 900, max: 43200 } as const;
