import { readOperator } from "./condition-operator-names";
import type { Condition, Effect, PolicyDocument, PolicyKind, PolicyVersion, PrincipalBlock, PrincipalType, Statement } from "./policy-document";
import { parsePolicyDate } from "./policy-date";
import { invalidPrincipalMessage, isValidPrincipalValue } from "./principal-value";
import { compileWildcards } from "./wildcard";

// A policy document checked as IAM checks it when CreatePolicy, CreatePolicyVersion, Put*Policy,
// CreateRole or UpdateAssumeRolePolicy stores it: the first problem IAM reports, with IAM's message, for
// the caller to answer as MalformedPolicyDocument (HTTP 400). The order of the checks is the order in
// which AWS reports problems: a document with several is answered with the one IAM finds first.
//
// Sources of the messages and of their order (each message's source is beside it below):
// - AWS's answers to CreatePolicy for 78 malformed and 51 valid documents, recorded by LocalStack
//   against AWS in February 2026 (localstack/localstack tests/aws/services/iam/test_iam_policies.py and
//   its .snapshot.json), and to UpdateAssumeRolePolicy (test_iam_roles.snapshot.json, February 2026).
// - moto's test table of the same documents (tests/test_iam/test_iam_policies.py), written against AWS.
// - AWS's answers quoted in public bug reports, cited below.
// The size quotas are checked by the caller (policy-size.ts): they count across a user's, group's or
// role's inline policies.

export type ParseResult = { ok: true; policy: PolicyDocument } | { ok: false; message: string };

export const POLICY_MESSAGES = {
  /** Not JSON, or JSON that is not a policy: an unknown or misplaced element, a wrong type (recorded). */
  syntax: "Syntax errors in policy.",
  /** A trust policy that is not JSON (UpdateAssumeRolePolicy, recorded). */
  invalidJson: "This policy contains invalid Json",
  /** CreatePolicy without Version 2012-10-17 (recorded). */
  version: "Policy document must be version 2012-10-17 or greater.",
  /** Effect not written exactly "Allow" or "Deny", a date IAM cannot read, an ARN with too few colons (recorded). */
  legacyParsing: "The policy failed legacy parsing",
  /** CloudTrail record of a CreatePolicy error, 2021 (quoted in a public incident write-up). */
  sidCharacters: "Statement IDs (SID) must be alpha-numeric. Check that your input satisfies the regular expression [0-9A-Za-z]*",
  sidUnique: "Statement IDs (SID) in a single policy must be unique.",
  actions: "Policy statement must contain actions.",
  resources: "Policy statement must contain resources.",
  /** Put{User,Group,Role}Policy with a Principal (hashicorp/terraform#13449, terraform-provider-aws#10419). */
  principalInIdentityPolicy: "Policy document should not specify a principal.",
  /** A trust policy with Resource (UpdateAssumeRolePolicy, recorded). */
  resourceInTrustPolicy: "Has prohibited field Resource",
  /**
   * A trust policy statement without Principal: inferred from the sibling message above (IAM's
   * field-presence check); AWS's answer to this case is not recorded.
   */
  missingPrincipal: "Missing required field Principal",
  /** A trust policy action other than STS's role-assuming ones (UpdateAssumeRolePolicy, recorded). */
  trustPolicyActions: "AssumeRole policy may only specify STS AssumeRole actions.",
  /** `"Principal": "*"` in a trust policy (aws/aws-cdk#5732, CloudFormation's CreateRole, 2020). */
  starPrincipal: 'AssumeRolepolicy contained an invalid principal: "STAR":"*".',
  /** A Principal with no values, `{"AWS": []}` (terraform-aws-modules/terraform-aws-iam#47, 2020). */
  noPrincipals: "Invalid principal in policy: com.amazon.balsa.error.InvalidPolicyException: The passed in policy has a statement with no principals!",
  vendorPrefix: "Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.",
  oneColon: "Actions/Condition can contain only one colon.",
  vendorNotValid: (vendor: string) => `Vendor ${vendor} is not valid`,
  resourceNotArn: (resource: string) => `Resource ${resource} must be in ARN format or "*".`,
  partitionNotValid: (partition: string, resource: string) => `Partition "${partition}" is not valid for resource "${resource}".`,
  resourceVendor: "Resource vendor must be fully qualified and cannot contain regexes.",
  iamResourceRegion: (resource: string) => `IAM resource ${resource} cannot contain region information.`,
  s3ResourceRegion: (resource: string) => `Resource ${resource} can not contain region information.`,
  iamResourcePath:
    'IAM resource path must either be "*", root, or start with user/, federated-user/, role/, group/, instance-profile/, mfa/, server-certificate/, policy/, sms-mfa/, saml-provider/, oidc-provider/, report/, access-report/.',
} as const;

const TOP_LEVEL_ELEMENTS = new Set(["Version", "Id", "Statement"]);
const STATEMENT_ELEMENTS = new Set(["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"]);
const PRINCIPAL_TYPES = new Set<string>(["AWS", "Service", "Federated", "CanonicalUser"]);
const VERSIONS = new Set<string>(["2012-10-17", "2008-10-17"]);
const PARTITIONS = new Set(["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"]);
const IAM_RESOURCE_TYPES = ["user/", "federated-user/", "role/", "group/", "instance-profile/", "mfa/", "server-certificate/", "policy/", "sms-mfa/", "saml-provider/", "oidc-provider/", "report/", "access-report/"];
/** The STS actions a trust policy may allow (Service Authorization Reference, AWS STS). */
const TRUST_POLICY_ACTIONS = ["sts:assumerole", "sts:assumerolewithsaml", "sts:assumerolewithwebidentity", "sts:tagsession", "sts:setsourceidentity", "sts:setcontext"];

/** Thrown while reading a document that is not a policy; answered as "Syntax errors in policy.". */
class NotAPolicy extends Error {}
const syntaxError = () => new NotAPolicy();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isObject = (value: Json | undefined): value is { [key: string]: Json } => typeof value === "object" && value !== null && !Array.isArray(value);

/** A string or a list of strings, as Action, Resource and the principal values are written. */
function stringList(value: Json): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value as string[];
  throw syntaxError();
}

function principalBlock(value: Json): PrincipalBlock {
  if (value === "*") return "*";
  if (!isObject(value)) throw syntaxError();
  const block: Partial<Record<PrincipalType, string[]>> = {};
  for (const [type, values] of Object.entries(value)) {
    if (!PRINCIPAL_TYPES.has(type)) throw syntaxError();
    block[type as PrincipalType] = stringList(values);
  }
  return block;
}

const conditionValue = (value: Json): string => {
  if (typeof value === "string") return value;
  if (typeof value === "boolean" || typeof value === "number") return String(value);
  throw syntaxError();
};

/** The Condition element: operators IAM knows, each with keys and a value or a list of values. */
function conditions(value: Json): Condition[] {
  if (!isObject(value)) throw syntaxError();
  const found: Condition[] = [];
  for (const [operator, block] of Object.entries(value)) {
    if (!isObject(block)) throw syntaxError();
    const keys = Object.entries(block);
    // IAM lets an unknown operator through when it constrains nothing (recorded: {"a": {}} is valid).
    if (keys.length > 0 && !readOperator(operator)) throw syntaxError();
    for (const [key, values] of keys) {
      found.push({ operator, key, values: Array.isArray(values) ? values.map(conditionValue) : [conditionValue(values)] });
    }
  }
  return found;
}

type ReadStatement = { statement: Statement; effectAsWritten: string };

function readStatement(value: Json): ReadStatement {
  if (!isObject(value)) throw syntaxError();
  for (const element of Object.keys(value)) if (!STATEMENT_ELEMENTS.has(element)) throw syntaxError();
  const pairs: [string, string][] = [["Action", "NotAction"], ["Resource", "NotResource"], ["Principal", "NotPrincipal"]];
  for (const [element, negated] of pairs) if (element in value && negated in value) throw syntaxError();
  const effect = value.Effect;
  if (typeof effect !== "string" || !["allow", "deny"].includes(effect.toLowerCase())) throw syntaxError();
  if ("Sid" in value && typeof value.Sid !== "string") throw syntaxError();
  const statement: Statement = {
    effect: (effect.toLowerCase() === "allow" ? "Allow" : "Deny") as Effect,
    conditions: "Condition" in value ? conditions(value.Condition) : [],
  };
  if (typeof value.Sid === "string") statement.sid = value.Sid;
  if ("Action" in value) statement.action = stringList(value.Action);
  if ("NotAction" in value) statement.notAction = stringList(value.NotAction);
  if ("Resource" in value) statement.resource = stringList(value.Resource);
  if ("NotResource" in value) statement.notResource = stringList(value.NotResource);
  if ("Principal" in value) statement.principal = principalBlock(value.Principal);
  if ("NotPrincipal" in value) statement.notPrincipal = principalBlock(value.NotPrincipal);
  return { statement, effectAsWritten: effect };
}

function readDocument(json: Json): { document: PolicyDocument; statements: ReadStatement[] } {
  if (!isObject(json)) throw syntaxError();
  for (const element of Object.keys(json)) if (!TOP_LEVEL_ELEMENTS.has(element)) throw syntaxError();
  const { Version: version, Id: id, Statement: statementElement } = json;
  if (version !== undefined && (typeof version !== "string" || !VERSIONS.has(version))) throw syntaxError();
  if (id !== undefined && typeof id !== "string") throw syntaxError();
  const listed = Array.isArray(statementElement) ? statementElement : isObject(statementElement) ? [statementElement] : null;
  if (!listed || listed.length === 0) throw syntaxError();
  const statements = listed.map(readStatement);
  const document: PolicyDocument = { version: (version as PolicyVersion | undefined) ?? null, statements: statements.map((read) => read.statement) };
  if (id !== undefined) document.id = id;
  return { document, statements };
}

/**
 * The partition as IAM reports it: IAM rebuilds "arn:<partition>:<service>:<region>:<account>:<rest>"
 * from the fields it found, "*" standing for the missing ones (recorded: "a:b:cadfsdf" is reported as
 * "arn:b:cadfsdf:*:*:*"). IAM does not check that the ARN starts with "arn".
 */
function partitionError(partition: string, rest: string): string {
  const fields = rest.split(":");
  const field = (index: number) => (index < fields.length && (index > 0 || fields[0] !== "" || fields.length > 1) ? fields[index] : "*");
  const resource = fields.length > 3 ? fields.slice(3).join(":") : "*";
  return POLICY_MESSAGES.partitionNotValid(partition, `arn:${partition}:${field(0)}:${field(1)}:${field(2)}:${resource}`);
}

/** The problem IAM reports for one Resource or NotResource value, if any. */
function resourceFormatError(resource: string): string | null {
  if (resource === "*") return null;
  const fields = resource.split(":");
  if (fields.length < 2) return POLICY_MESSAGES.resourceNotArn(resource);
  const partition = fields[1];
  if (partition !== "*" && !PARTITIONS.has(partition)) return partitionError(partition, fields.slice(2).join(":"));
  if (fields.length < 3) return POLICY_MESSAGES.resourceVendor;
  const service = fields[2];
  // IAM counts a region as given unless a colon follows the service's at once (so "arn:aws:iam" has one).
  const regionGiven = !fields.slice(3).join(":").startsWith(":");
  const resourcePart = fields.slice(5).join(":");
  if (service === "iam" && regionGiven) return POLICY_MESSAGES.iamResourceRegion(resource);
  if (service === "s3" && regionGiven && !resourcePart.startsWith("accesspoint/")) return POLICY_MESSAGES.s3ResourceRegion(resource);
  if (service === "iam" && resourcePart !== "*" && resourcePart !== "root" && !IAM_RESOURCE_TYPES.some((type) => resourcePart.startsWith(type))) {
    return POLICY_MESSAGES.iamResourcePath;
  }
  return null;
}

/** IAM's legacy parser: an ARN needs all five colons once it has an empty field, and a service. */
function passesLegacyResourceParsing(resource: string): boolean {
  if (resource === "*") return true;
  const fields = resource.split(":");
  return (fields.length > 5 || !resource.includes("::")) && fields[2] !== "";
}

function passesLegacyParsing({ statement, effectAsWritten }: ReadStatement): boolean {
  if (effectAsWritten !== statement.effect) return false;
  return statement.conditions.every((condition) => !readOperator(condition.operator)?.base.startsWith("Date") || condition.values.every((value) => parsePolicyDate(value) !== null));
}

function actionError(action: string): string | null {
  const fields = action.split(":");
  if (fields.length === 1 && action !== "*") return POLICY_MESSAGES.vendorPrefix;
  if (fields.length > 2) return POLICY_MESSAGES.oneColon;
  if (fields[0] !== "*" && /[^a-zA-Z0-9.-]/.test(fields[0])) return POLICY_MESSAGES.vendorNotValid(fields[0]);
  return null;
}

function trustPrincipalError(block: PrincipalBlock): string | null {
  if (block === "*") return POLICY_MESSAGES.starPrincipal;
  const entries = Object.entries(block) as [PrincipalType, readonly string[]][];
  if (entries.every(([, values]) => values.length === 0)) return POLICY_MESSAGES.noPrincipals;
  for (const [type, values] of entries) {
    const invalid = values.find((value) => !isValidPrincipalValue(type, value));
    if (invalid !== undefined) return invalidPrincipalMessage(type, invalid);
  }
  return null;
}

const isTrustPolicyAction = (action: string) => {
  if (!action.toLowerCase().startsWith("sts:")) return false;
  const pattern = compileWildcards([action], "plain", true);
  return TRUST_POLICY_ACTIONS.some((allowed) => pattern.test(allowed));
};

const nonEmpty = (list: readonly string[] | undefined) => list !== undefined && list.length > 0;

/** The checks after the syntax, in the order IAM makes them; the first message, or null. */
function firstProblem(document: PolicyDocument, read: ReadStatement[], kind: PolicyKind): string | null {
  const statements = document.statements;
  if (kind === "managed" && document.version !== "2012-10-17") return POLICY_MESSAGES.version;
  if (kind === "trust") {
    if (statements.some((s) => s.resource || s.notResource)) return POLICY_MESSAGES.resourceInTrustPolicy;
    if (statements.some((s) => !s.principal && !s.notPrincipal)) return POLICY_MESSAGES.missingPrincipal;
  } else if (statements.some((s) => s.principal || s.notPrincipal)) {
    return POLICY_MESSAGES.principalInIdentityPolicy;
  }
  if (!read.every(passesLegacyParsing)) return POLICY_MESSAGES.legacyParsing;
  // IAM notes the first malformed resource but reports it only after the checks below; its legacy
  // parser looks at a statement's resources only while no malformed one has been noted (recorded:
  // the resource error wins over a bad action, the legacy failure over a missing action). Within a
  // statement IAM reports the resource that sorts first.
  let resourceError: string | null = null;
  for (const statement of statements) {
    for (const resources of [statement.resource, statement.notResource]) {
      if (!resources) continue;
      resourceError ??= [...resources].sort().map(resourceFormatError).find((error) => error !== null) ?? null;
      if (resourceError === null && !resources.every(passesLegacyResourceParsing)) return POLICY_MESSAGES.legacyParsing;
    }
  }
  const sids = statements.map((s) => s.sid).filter((sid): sid is string => sid !== undefined && sid !== "");
  if (sids.some((sid) => !/^[0-9A-Za-z]*$/.test(sid))) return POLICY_MESSAGES.sidCharacters;
  if (new Set(sids).size !== sids.length) return POLICY_MESSAGES.sidUnique;
  if (!statements.every((s) => nonEmpty(s.action) || nonEmpty(s.notAction))) return POLICY_MESSAGES.actions;
  if (kind !== "trust" && !statements.every((s) => nonEmpty(s.resource) || nonEmpty(s.notResource))) return POLICY_MESSAGES.resources;
  if (resourceError) return resourceError;
  for (const element of ["action", "notAction"] as const) {
    for (const statement of statements) {
      const error = (statement[element] ?? []).map(actionError).find((found) => found !== null);
      if (error) return error;
    }
  }
  if (kind === "trust") {
    for (const statement of statements) {
      const error = trustPrincipalError((statement.principal ?? statement.notPrincipal) as PrincipalBlock);
      if (error) return error;
    }
    if (!statements.every((s) => (s.action ?? []).every(isTrustPolicyAction))) return POLICY_MESSAGES.trustPolicyActions;
  }
  return null;
}

/**
 * `text` parsed and checked as IAM checks a document of `kind`. On success the policy is normalised
 * (see policy-document.ts); on failure `message` is AWS's MalformedPolicyDocument message.
 */
export function parsePolicyDocument(text: string, kind: PolicyKind): ParseResult {
  let json: Json;
  try {
    json = JSON.parse(text) as Json;
  } catch {
    return { ok: false, message: kind === "trust" ? POLICY_MESSAGES.invalidJson : POLICY_MESSAGES.syntax };
  }
  let read: ReturnType<typeof readDocument>;
  try {
    read = readDocument(json);
  } catch (error) {
    if (error instanceof NotAPolicy) return { ok: false, message: POLICY_MESSAGES.syntax };
    throw error;
  }
  const problem = firstProblem(read.document, read.statements, kind);
  return problem ? { ok: false, message: problem } : { ok: true, policy: read.document };
}
