import { hasVariables, type KeyLookup, parseTemplate, resolveVariable, type TemplatePart } from "./policy-variables";

// IAM's wildcards, "*" (any run of characters) and "?" (exactly one), compiled once per policy into
// regular expressions. Three readings, per the IAM User Guide:
// - plain: Action and NotAction (case-insensitive), StringLike.
// - resource ARN ("IAM JSON policy elements: Resource", "Using wildcards in resource ARNs"): wildcards
//   stay within one colon-separated segment of the ARN, except a "*" that ends a segment, which "can
//   expand to match beyond the colon boundaries"; after the fifth colon (the resource part) "*"
//   matches any characters, "/" and ":" included.
// - ARN condition operators ("IAM JSON policy elements: Condition operators", ARN condition
//   operators): "each of the six colon-delimited components of the ARN is checked separately".

export type WildcardReading = "plain" | "resourceArn" | "conditionArn";

/** The colons before the resource part of an ARN: arn:partition:service:region:account:resource. */
const ARN_PREFIX_COLONS = 5;
/** Expressions kept per templated pattern: one per distinct set of variable values (per principal, in practice). */
const TEMPLATE_CACHE_SIZE = 256;

export function escapeRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
}

/**
 * Regular expression source for `pattern`, without anchors. `colonsBefore` counts the pattern's
 * colons before this piece, for a pattern compiled in pieces around its policy variables.
 */
function wildcardSource(pattern: string, reading: WildcardReading, colonsBefore = 0): string {
  let source = "";
  let colons = colonsBefore;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    const inPrefix = reading !== "plain" && colons < ARN_PREFIX_COLONS;
    if (char === "*") {
      const endsSegment = i === pattern.length - 1 || pattern[i + 1] === ":";
      source += inPrefix && !(reading === "resourceArn" && endsSegment) ? "[^:]*" : ".*";
    } else if (char === "?") {
      source += inPrefix ? "[^:]" : ".";
    } else {
      if (char === ":") colons++;
      source += escapeRegExp(char);
    }
  }
  return source;
}

const flags = (ignoreCase: boolean) => (ignoreCase ? "is" : "s");

/** One anchored expression that matches what any of `patterns` matches. */
export function compileWildcards(patterns: readonly string[], reading: WildcardReading, ignoreCase = false): RegExp {
  return new RegExp(`^(?:${patterns.map((pattern) => wildcardSource(pattern, reading)).join("|")})$`, flags(ignoreCase));
}

export type MatchOptions = {
  reading: WildcardReading;
  /** False for exact comparisons (StringEquals, ArnEquals is still a wildcard match). */
  wildcards: boolean;
  ignoreCase: boolean;
  /** False in 2008-10-17 policies and where IAM takes no variables. */
  variables: boolean;
};

/** Whether a request value matches one of a policy element's patterns. */
export type PatternMatcher = (value: string, lookup: KeyLookup) => boolean;

type Piece = string | Extract<TemplatePart, { kind: "variable" }>;

/** A pattern with variables: its expression is built once per distinct set of variable values. */
function compileTemplate(parts: readonly TemplatePart[], options: MatchOptions): PatternMatcher {
  let colons = 0;
  const pieces: Piece[] = parts.map((part) => {
    if (part.kind === "variable") return part;
    if (part.kind === "literal" || !options.wildcards) return escapeRegExp(part.text);
    const source = wildcardSource(part.text, options.reading, colons);
    colons += part.text.split(":").length - 1;
    return source;
  });
  const cache = new Map<string, RegExp>();
  return (value, lookup) => {
    const values: string[] = [];
    for (const piece of pieces) {
      if (typeof piece === "string") continue;
      const resolved = resolveVariable(piece, lookup);
      if (resolved === null) return false;
      values.push(resolved);
    }
    const cacheKey = values.join("\u0000");
    let expression = cache.get(cacheKey);
    if (!expression) {
      let next = 0;
      const source = pieces.map((piece) => (typeof piece === "string" ? piece : escapeRegExp(values[next++]))).join("");
      expression = new RegExp(`^${source}$`, flags(options.ignoreCase));
      if (cache.size >= TEMPLATE_CACHE_SIZE) cache.clear();
      cache.set(cacheKey, expression);
    }
    return expression.test(value);
  };
}

/** `patterns` compiled once: the ones without variables into one expression, the others each on its own. */
export function compilePatterns(patterns: readonly string[], options: MatchOptions): PatternMatcher {
  const fixed: string[] = [];
  const templated: PatternMatcher[] = [];
  for (const pattern of patterns) {
    const parts = options.variables ? parseTemplate(pattern) : [];
    if (hasVariables(parts)) templated.push(compileTemplate(parts, options));
    else fixed.push(pattern);
  }
  let matchesFixed: (value: string) => boolean = () => false;
  if (fixed.length > 0 && options.wildcards) {
    const expression = compileWildcards(fixed, options.reading, options.ignoreCase);
    matchesFixed = (value) => expression.test(value);
  } else if (fixed.length > 0) {
    const normalise = (text: string) => (options.ignoreCase ? text.toLowerCase() : text);
    const exact = new Set(fixed.map(normalise));
    matchesFixed = (value) => exact.has(normalise(value));
  }
  if (templated.length === 0) return matchesFixed;
  return (value, lookup) => matchesFixed(value) || templated.some((matches) => matches(value, lookup));
}
