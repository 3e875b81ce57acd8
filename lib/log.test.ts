import { describe, expect, it } from "vitest";
import { createLogger, maskUrlPasswords, requestIdFrom } from "./log";

function capture(level: "debug" | "info" = "info") {
  const lines: { line: string; level: string }[] = [];
  const logger = createLogger({}, { level, sink: (line, lvl) => lines.push({ line, level: lvl }), now: () => new Date("2021-01-20T02:19:36Z") });
  return { logger, lines, parsed: () => lines.map(({ line }) => JSON.parse(line) as Record<string, unknown>) };
}

describe("the JSON logger", () => {
  it("writes one JSON object per line with level, time, msg and the bound fields", () => {
    const { logger, lines, parsed } = capture();
    logger.child({ requestId: "req-1" }).info("signed in", { accountId: "111122223333" });
    expect(lines).toHaveLength(1);
    expect(lines[0].line).not.toContain("\n");
    expect(parsed()[0]).toEqual({ level: "info", time: "2021-01-20T02:19:36.000Z", msg: "signed in", requestId: "req-1", accountId: "111122223333" });
  });

  it("leaves out levels below its own", () => {
    const { logger, parsed } = capture("info");
    logger.debug("noise");
    logger.warn("careful");
    expect(parsed().map((line) => line.level)).toEqual(["warn"]);
  });

  it("never writes secrets: secret-looking fields are redacted, URL passwords masked", () => {
    const { logger, lines } = capture();
    logger.error("failed", {
      password: "hunter2",
      code: "123456",
      nested: { seed: "JBSWY3DPEHPK3PXP", sessionToken: "tok", AUTH_SECRET: "s3cr3t" },
      errorCode: "InvalidAuthenticationCode",
      url: "postgresql://app:pa55word@db:5432/iam",
      error: new Error("connect to postgresql://app:pa55word@db failed"),
    });
    const line = lines[0].line;
    for (const secret of ["hunter2", "123456", "JBSWY3DPEHPK3PXP", '"tok"', "s3cr3t", "pa55word"]) expect(line).not.toContain(secret);
    expect(line).toContain("InvalidAuthenticationCode");
    expect(line).toContain("postgresql://app:***@db:5432/iam");
    expect(JSON.parse(line).error).toMatchObject({ name: "Error", message: "connect to postgresql://app:***@db failed" });
  });

  it("sends warnings and errors to their own level, for stderr", () => {
    const { logger, lines } = capture();
    logger.error("x");
    expect(lines[0].level).toBe("error");
  });
});

describe("request ids", () => {
  it("keeps a well-formed x-request-id from the load balancer and makes one otherwise", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-7f3a.1" }))).toBe("lb-7f3a.1");
    expect(requestIdFrom(new Headers({ "x-request-id": "bad id {\"x\":1}" }))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(new Headers())).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });

  it("masks only the password of a URL", () => {
    expect(maskUrlPasswords("see postgresql://u:p@h/db and https://example.com/a:b@c")).toBe("see postgresql://u:***@h/db and https://example.com/a:b@c");
  });
});
