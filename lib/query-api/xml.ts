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

/** A value of a result: dates become ISO 8601 without milliseconds, as AWS writes them; lists become <member>s. */
function serialize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace(/\.\d{3}Z$/, "Z");
  if (value instanceof XmlMap) return { entry: Object.entries(value.entries).map(([key, v]) => ({ key, value: v })) };
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
      ResponseMetadata: { RequestId: requestId },
    },
  });
}

/** AWS's error envelope: RequestId is a sibling of <Error>, not inside ResponseMetadata. */
export function errorXml(service: QueryService, error: { type: string; code: string; message: string }, requestId: string): string {
  return builder.build({
    ErrorResponse: {
      "@_xmlns": XML_NAMESPACES[service],
      Error: { Type: error.type, Code: error.code, Message: error.message },
      RequestId: requestId,
    },
  });
}
