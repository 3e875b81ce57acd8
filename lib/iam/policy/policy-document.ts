// An IAM policy document as parsePolicyDocument accepts it, normalised: every element that may be a
// string or a list is a list, and condition values are strings, so the compiler and the evaluation
// see one shape. The text the caller stored stays the source of truth for what the API returns.

/** Which IAM check a document passes: the rules differ by where the document goes. */
export type PolicyKind =
  /** CreatePolicy, CreatePolicyVersion: Version 2012-10-17 is required. */
  | "managed"
  /** PutUserPolicy, PutGroupPolicy, PutRolePolicy: a missing or 2008-10-17 Version is accepted. */
  | "inline"
  /** CreateRole's AssumeRolePolicyDocument, UpdateAssumeRolePolicy. */
  | "trust";

export type PolicyVersion = "2012-10-17" | "2008-10-17";
export type Effect = "Allow" | "Deny";

/** The principal types a Principal element may name; "*" stands for everyone. */
export type PrincipalType = "AWS" | "Service" | "Federated" | "CanonicalUser";
export type PrincipalBlock = "*" | Partial<Record<PrincipalType, readonly string[]>>;

/** One key of one condition operator: `"StringEquals": {"aws:username": ["a", "b"]}` is one Condition. */
export type Condition = {
  /** The operator as written, for instance "ForAllValues:StringLikeIfExists". */
  operator: string;
  key: string;
  values: readonly string[];
};

export type Statement = {
  sid?: string;
  effect: Effect;
  action?: readonly string[];
  notAction?: readonly string[];
  resource?: readonly string[];
  notResource?: readonly string[];
  principal?: PrincipalBlock;
  notPrincipal?: PrincipalBlock;
  conditions: readonly Condition[];
};

export type PolicyDocument = {
  /** Null when the document has no Version element: IAM then reads it as 2008-10-17. */
  version: PolicyVersion | null;
  id?: string;
  statements: readonly Statement[];
};
