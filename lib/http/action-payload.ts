/**
 * Whether a server action's text body is what the console's own client sends: JSON whose strings use
 * only React's plain-value escapes. A string starting with "$" is React's reply encoding: "$$…" is an
 * escaped "$", and "$undefined", "$D<date>", "$n<digits>", "$NaN", "$Infinity", "$-Infinity", "$-0"
 * are values. Anything else ("$@1", "$K2", "$Q3", "$h4", "$T", …) refers to parts of a multipart body
 * or to server references, which a text body cannot hold and our actions never take: Next's decoder
 * throws on them, or on text that is not JSON, and answers 500, so proxy.ts refuses them first.
 */
export function isPlainActionPayload(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  return Array.isArray(value) && isPlain(value);
}

const PLAIN_STRING = /^(?!\$)|^\$\$|^\$(undefined|u|NaN|Infinity|-Infinity|-0)$|^\$D\d{4}-\d{2}-\d{2}T[\d:.]+Z$|^\$n-?\d{1,30}$/s;

function isPlain(value: unknown): boolean {
  if (typeof value === "string") return PLAIN_STRING.test(value);
  if (Array.isArray(value)) return value.every(isPlain);
  if (value !== null && typeof value === "object") return Object.entries(value).every(([key, entry]) => PLAIN_STRING.test(key) && isPlain(entry));
  return true;
}
