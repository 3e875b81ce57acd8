import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { decodeEncryptionKey } from "./env";
import { ensureGeneratedSecrets } from "./env-file";

const dirs: string[] = [];
function tempFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "env-file-"));
  dirs.push(dir);
  return path.join(dir, ".env.local");
}
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe("ensureGeneratedSecrets", () => {
  it("writes both secrets on a fresh clone, readable only by the owner", () => {
    const file = tempFile();
    expect(ensureGeneratedSecrets(file, {})).toEqual(["AUTH_SECRET", "DATA_ENCRYPTION_KEY"]);
    const text = fs.readFileSync(file, "utf8");
    const key = /^DATA_ENCRYPTION_KEY=(.+)$/m.exec(text)?.[1] ?? "";
    expect(decodeEncryptionKey(key)).not.toBeNull();
    expect(/^AUTH_SECRET=(.{32,})$/m.test(text)).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });

  it("never replaces a key that exists, because stored seeds depend on it", () => {
    const file = tempFile();
    fs.writeFileSync(file, "DATA_ENCRYPTION_KEY=keep-me\nOTHER=1");
    expect(ensureGeneratedSecrets(file, {})).toEqual(["AUTH_SECRET"]);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("DATA_ENCRYPTION_KEY=keep-me\nOTHER=1\nAUTH_SECRET=");
    expect(ensureGeneratedSecrets(file, {})).toEqual([]);
  });

  it("writes nothing for a secret the environment already sets", () => {
    const file = tempFile();
    expect(ensureGeneratedSecrets(file, { AUTH_SECRET: "a".repeat(40), DATA_ENCRYPTION_KEY: "set" })).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
  });
});
