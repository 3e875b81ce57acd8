import { XMLBuilder } from "fast-xml-parser";

export const XML_NAMESPACES = {
  iam: "https://iam.amazonaws.com/doc/2010-05-08/",
  sts: "https://sts.amazonaws.com/doc/2011-06-15/",
} as const;

export type QueryService = keyof typeof XML_NAMESPACES;

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: false, suppressEmptyNode: false });

/** A map on the wire: `<entry><key>…</key><value>…</value></entry>`, as GetAccountSummary's SummaryMap. */
export class XmlMap {
  constructor(readonly entries: Record<string, string | number>) {}
}

/**
 * What XML 1.0 cannot carry at all, not even as a character reference: C0 controls but tab, LF and CR,
 * lone surrogates, U+FFFE and U+FFFF. One such character makes the whole answer malformed, and every
 * client (AWS CLI, boto3, the JS SDK) fails on it, for every caller listing the value.
 */
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text as XML can carry it. Validation keeps such characters out of what the lab stores, but an
 * answer also echoes what it refuses (an unknown Action) and whatever older data holds; each one
 * becomes U+FFFD, the replacement character, rather than vanishing: a value never turns silently
 * into another valid value, and U+FFFD fails every name and tag pattern, so it is never taken for one.
 */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, "\uFFFD");
}

/**
 * A value of a result: dates become ISO 8601 without milliseconds, as AWS writes them; lists become
 * <member>s; every string passes through xmlText. The one way into an answer, so no field escapes it.
 */
function serialize(value: unknown): unknown {
  if (typeof value === "string") return xmlText(value);
  if (value instanceof Date) return value.toISOString().replace(/\.\d{3}Z$/, "Z");
  if (value instanceof XmlMap) return { entry: Object.entries(value.entries).map(([key, v]) => ({ key: xmlText(key), value: serialize(v) })) };
  if (Array.isArray(value)) return { member: value.map(serialize) };
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => [k, serialize(v)]),
    );
  }
  return typeof value === "boolean" ? String(value) : value;
}

/** `<ActionResponse xmlns><ActionResult>…</ActionResult><ResponseMetadata><RequestId>`; no Result for output-less actions. */
export function successXml(service: QueryService, action: string, result: Record<string, unknown> | null, requestId: string): string {
  return builder.build({
    [`${action}Response`]: {
      "@_xmlns": XML_NAMESPACES[service],
      ...(result ? { [`${action}Result`]: serialize(result) } : {}),
      ResponseMetadata: { RequestId: xmlText(requestId) },
    },
  });
}

/** AWS's error envelope: RequestId is a sibling of <Error>, not inside ResponseMetadata. */
export function errorXml(service: QueryService, error: { type: string; code: string; message: string }, requestId: string): string {
  return builder.build({
    ErrorResponse: {
      "@_xmlns": XML_NAMESPACES[service],
      Error: serialize({ Type: error.type, Code: error.code, Message: error.message }),
      RequestId: xmlText(requestId),
    },
  });
}
