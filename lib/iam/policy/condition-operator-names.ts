// The condition operators IAM knows ("IAM JSON policy elements: Condition operators"), and how an
// operator as written splits into a set qualifier, a base operator and "IfExists".

export const CONDITION_OPERATORS = new Set([
  "StringEquals",
  "StringNotEquals",
  "StringEqualsIgnoreCase",
  "StringNotEqualsIgnoreCase",
  "StringLike",
  "StringNotLike",
  "NumericEquals",
  "NumericNotEquals",
  "NumericLessThan",
  "NumericLessThanEquals",
  "NumericGreaterThan",
  "NumericGreaterThanEquals",
  "DateEquals",
  "DateNotEquals",
  "DateLessThan",
  "DateLessThanEquals",
  "DateGreaterThan",
  "DateGreaterThanEquals",
  "Bool",
  "BinaryEquals",
  "IpAddress",
  "NotIpAddress",
  "ArnEquals",
  "ArnLike",
  "ArnNotEquals",
  "ArnNotLike",
  "Null",
]);

export type SetQualifier = "ForAnyValue" | "ForAllValues";
export type OperatorParts = { base: string; set: SetQualifier | null; ifExists: boolean };

/**
 * "ForAllValues:StringLikeIfExists" read as { set: "ForAllValues", base: "StringLike", ifExists: true }.
 * IAM strips one qualifier and one "IfExists"; null when what remains is not an operator.
 */
export function readOperator(operator: string): OperatorParts | null {
  const qualifier = /^(ForAnyValue|ForAllValues):/.exec(operator);
  let base = qualifier ? operator.slice(qualifier[0].length) : operator;
  const ifExists = base.endsWith("IfExists");
  if (ifExists) base = base.slice(0, -"IfExists".length);
  return CONDITION_OPERATORS.has(base) ? { base, set: (qualifier?.[1] as SetQualifier | undefined) ?? null, ifExists } : null;
}
