// Policy variables ("IAM policy elements: Variables and tags"): "${key}" stands for the value of a
// request context key, "${key, 'default'}" for that value or the default when the key is absent,
// and "${*}", "${?}", "${$}" for a literal "*", "?" and "$". Only policies of Version 2012-10-17 have
// variables; in older ones "${aws:username}" is plain text.

export type TemplatePart =
  | { kind: "text"; text: string }
  | { kind: "literal"; text: string }
  | { kind: "variable"; key: string; fallback?: string };

/** A request context key's values; undefined when the request does not carry the key. */
export type KeyLookup = (key: string) => readonly string[] | undefined;

const VARIABLE = /\$\{([^}]*)\}/g;
const KEY_WITH_DEFAULT = /^\s*([^\s,']+)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/;
const SPECIAL_CHARACTERS = new Set(["*", "?", "$"]);

/** `text` split into plain text (wildcards keep their meaning), literal characters and variables. */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  const push = (part: TemplatePart) => {
    const previous = parts.at(-1);
    if (part.kind === "text" && previous?.kind === "text") previous.text += part.text;
    else parts.push(part);
  };
  for (const match of text.matchAll(VARIABLE)) {
    if (match.index > last) push({ kind: "text", text: text.slice(last, match.index) });
    last = match.index + match[0].length;
    const inside = match[1];
    const keyWithDefault = KEY_WITH_DEFAULT.exec(inside);
    if (SPECIAL_CHARACTERS.has(inside)) push({ kind: "literal", text: inside });
    else if (keyWithDefault) {
      const fallback = keyWithDefault[2]?.replaceAll("''", "'");
      push({ kind: "variable", key: keyWithDefault[1].toLowerCase(), ...(fallback !== undefined ? { fallback } : {}) });
    } else push({ kind: "text", text: match[0] });
  }
  if (last < text.length) push({ kind: "text", text: text.slice(last) });
  return parts;
}

export function hasVariables(parts: readonly TemplatePart[]): boolean {
  return parts.some((part) => part.kind !== "text");
}

/**
 * The value a variable stands for: the key's value, else the default, else null (the key is absent
 * or holds several values; IAM's guide: a key that is "not present ... any attempt to match it fails").
 */
export function resolveVariable(part: Extract<TemplatePart, { kind: "variable" }>, lookup: KeyLookup): string | null {
  const values = lookup(part.key);
  return values?.length === 1 ? values[0] : (part.fallback ?? null);
}
