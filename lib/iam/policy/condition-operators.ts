import { readOperator } from "./condition-operator-names";
import { ipInRange, parseIpAddress, parseIpRange } from "./ip-address";
import type { Condition } from "./policy-document";
import { parsePolicyDate } from "./policy-date";
import type { KeyLookup } from "./policy-variables";
import { compilePatterns } from "./wildcard";

// The condition operators, compiled once per policy ("IAM JSON policy elements: Condition operators";
// "Single-valued vs. multivalued context keys"). The rules, from those pages:
// - The policy's values for one key are ORed; a negated operator (StringNotEquals, NotIpAddress, ...)
//   holds when the request's value matches none of them.
// - "If the key that you specify in a policy condition is not present in the request context, the
//   values do not match and the condition is false. If the policy condition requires that the key is not
//   matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition is
//   true." ...IfExists: a missing key makes the condition true. Null: "true" holds when the key is absent.
// - ForAllValues: every request value matches some policy value, and "if the key values in the request
//   resolve to an empty data set ... ForAllValues returns true, and ... ForAnyValue returns false";
//   ForAnyValue: some request value matches.
// - Policy variables: in String and ARN operators only ("Where you can use policy variables").
// An operator without a set qualifier on a multivalued key holds when any request value matches
// (AWS documents such use as a mistake; this is the ForAnyValue reading).

/** Whether one request value matches at least one of the policy's values. */
type ValueTest = (requestValue: string, lookup: KeyLookup) => boolean;

const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const readNumber = (text: string) => (NUMBER.test(text) ? Number(text) : null);

type Comparison = "Equals" | "LessThan" | "LessThanEquals" | "GreaterThan" | "GreaterThanEquals";
const compare: Record<Comparison, (a: number, b: number) => boolean> = {
  Equals: (a, b) => a === b,
  LessThan: (a, b) => a < b,
  LessThanEquals: (a, b) => a <= b,
  GreaterThan: (a, b) => a > b,
  GreaterThanEquals: (a, b) => a >= b,
};

/**
 * `read` with its last answer kept: a request's value (its time, its address) is read once however many
 * policy values it is compared with, and again only when it changes.
 */
function lastRead<T>(read: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastValue: T;
  return (text) => {
    if (text !== lastText) {
      lastValue = read(text);
      lastText = text;
    }
    return lastValue;
  };
}

/** Numbers and dates: the request value compared with each policy value that reads as one. */
function ordered(values: readonly string[], read: (text: string) => number | null, comparison: Comparison): ValueTest {
  const policyValues = values.map(read).filter((value): value is number => value !== null);
  const test = compare[comparison];
  const readRequestValue = lastRead(read);
  return (requestValue) => {
    const value = readRequestValue(requestValue);
    return value !== null && policyValues.some((policyValue) => test(value, policyValue));
  };
}

const base64Bytes = (text: string) => Buffer.from(text, "base64");

/** The test of a base operator, without its negation: "StringNotLike" tests as "StringLike". */
function valueTest(base: string, values: readonly string[], variables: boolean): ValueTest {
  switch (base) {
    case "StringEquals":
    case "StringEqualsIgnoreCase":
    case "StringLike":
      return compilePatterns(values, { reading: "plain", wildcards: base === "StringLike", ignoreCase: base === "StringEqualsIgnoreCase", variables });
    case "ArnEquals":
    case "ArnLike":
      return compilePatterns(values, { reading: "conditionArn", wildcards: true, ignoreCase: false, variables });
    case "Bool": {
      const policyValues = new Set(values.map((value) => value.toLowerCase()));
      return (requestValue) => policyValues.has(requestValue.toLowerCase());
    }
    case "BinaryEquals": {
      const policyValues = values.map(base64Bytes);
      return (requestValue) => {
        const bytes = base64Bytes(requestValue);
        return policyValues.some((value) => value.equals(bytes));
      };
    }
    case "IpAddress": {
      const ranges = values.map(parseIpRange).filter((range) => range !== null);
      const readAddress = lastRead(parseIpAddress);
      return (requestValue) => {
        const address = readAddress(requestValue);
        return address !== null && ranges.some((range) => ipInRange(address, range));
      };
    }
  }
  const numeric = /^(Numeric|Date)(Equals|LessThan|LessThanEquals|GreaterThan|GreaterThanEquals)$/.exec(base);
  if (!numeric) throw new Error(`not a condition operator: ${base}`);
  return ordered(values, numeric[1] === "Date" ? parsePolicyDate : readNumber, numeric[2] as Comparison);
}

/** The negated operators and the operator each negates. */
const NEGATIONS: Record<string, string> = {
  StringNotEquals: "StringEquals",
  StringNotEqualsIgnoreCase: "StringEqualsIgnoreCase",
  StringNotLike: "StringLike",
  NumericNotEquals: "NumericEquals",
  DateNotEquals: "DateEquals",
  NotIpAddress: "IpAddress",
  ArnNotEquals: "ArnEquals",
  ArnNotLike: "ArnLike",
};

export type CompiledCondition = (lookup: KeyLookup) => boolean;

/** `variables`: whether the policy's Version (2012-10-17) gives it policy variables. */
export function compileCondition(condition: Condition, variables: boolean): CompiledCondition {
  const parts = readOperator(condition.operator);
  if (!parts) throw new Error(`not a condition operator: ${condition.operator}`);
  const key = condition.key;
  if (parts.base === "Null") {
    const expected = new Set(condition.values.map((value) => value.toLowerCase()));
    return (lookup) => {
      const values = lookup(key);
      return expected.has(String(values === undefined || values.length === 0));
    };
  }
  const positiveBase = NEGATIONS[parts.base] ?? parts.base;
  const negated = positiveBase !== parts.base;
  const matches = valueTest(positiveBase, condition.values, variables);
  /** One request value against the operator, negation included. */
  const holdsFor = (value: string, lookup: KeyLookup) => matches(value, lookup) !== negated;
  return (lookup) => {
    const values = lookup(key);
    const absent = values === undefined || values.length === 0;
    if (absent && parts.ifExists && values === undefined) return true;
    switch (parts.set) {
      case "ForAllValues":
        return absent || values.every((value) => holdsFor(value, lookup));
      case "ForAnyValue":
        return !absent && values.some((value) => holdsFor(value, lookup));
      case null:
        if (absent) return negated;
        return negated ? values.every((value) => holdsFor(value, lookup)) : values.some((value) => holdsFor(value, lookup));
    }
  };
}
