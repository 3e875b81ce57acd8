import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_NAMESPACES } from "./client-namespaces";
import { en } from "./en";

// Every page and layout that sends namespaces with <ClientMessages> must send all that the client
// components it renders read (`messages.<namespace>`, or `m.<namespace>` where m is the messages):
// one it leaves out still works, but costs the reader the whole catalogue as an extra script
// (components/i18n/i18n-provider.tsx). Read from the sources, following imports from the first
// "use client" file down; a file with its own <ClientMessages> answers for what it renders.
const ROOT = path.resolve(__dirname, "../..");
const NAMESPACES = new Set(Object.keys(en));
const IMPORT = /(?:import|export)\s(?!type\s)[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;
const READ = /\b(?:messages|m)\??\.([a-zA-Z]+)/g;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : null;
  if (!base) return null;
  const file = [".tsx", ".ts", "/index.tsx", "/index.ts", ""].map((ext) => base + ext).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  // Generated code and data, and server actions (what runs on the server renders nothing).
  if (!file || !/\.tsx?$/.test(file) || file.includes(`${path.sep}generated${path.sep}`)) return null;
  return /^["']use server["']/m.test(fs.readFileSync(file, "utf8")) ? null : file;
}

const declares = (source: string) => /import \{ ClientMessages \}/.test(source);

/** The namespaces client components read, from `file` down its imports. */
function clientReads(file: string): Set<string> {
  const reads = new Set<string>();
  const seen = new Set<string>();
  const walk = (current: string, inClient: boolean, top: boolean) => {
    const key = `${current}:${inClient}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = fs.readFileSync(current, "utf8");
    if (!top && declares(source)) return;
    const client = inClient || /^["']use client["']/m.test(source);
    // The catalogue's own modules define the namespaces; they do not read them.
    if (client && !current.includes(`${path.sep}lib${path.sep}i18n${path.sep}`)) {
      for (const [, name] of source.matchAll(READ)) if (NAMESPACES.has(name)) reads.add(name);
    }
    for (const [, specifier, dynamic] of source.matchAll(IMPORT)) {
      const target = resolveImport(current, specifier ?? dynamic);
      // Server code outside app/ and components/ (lib/) renders no client component.
      if (target && (client || !path.relative(ROOT, target).startsWith("lib"))) walk(target, client, false);
    }
  };
  walk(file, false, true);
  return reads;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// The root layout sends BASE_NAMESPACES to what it renders around the pages (the tutorial's panel).
const declaring = [
  path.join(ROOT, "app/layout.tsx"),
  ...["app", "components"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((file) => declares(fs.readFileSync(file, "utf8"))),
];

describe("ClientMessages declarations", () => {
  it("are made by the Security credentials page, the console's chrome and the footer", () => {
    const names = declaring.map((file) => path.relative(ROOT, file));
    expect(names).toEqual(expect.arrayContaining(["app/(console)/iam/security-credentials/page.tsx", "app/(console)/layout.tsx", "components/footer.tsx"]));
  });

  it.each(declaring.map((file) => [path.relative(ROOT, file), file]))("%s sends every namespace its client components read", (_, file) => {
    const source = fs.readFileSync(file, "utf8");
    // The namespaces the file names as strings: its <ClientMessages namespaces> lists and their constants.
    const sent = new Set([...BASE_NAMESPACES, ...[...source.matchAll(/"([a-zA-Z]+)"/g)].map(([, name]) => name).filter((name) => NAMESPACES.has(name))]);
    expect([...clientReads(file)].filter((name) => !sent.has(name))).toEqual([]);
  });
});
