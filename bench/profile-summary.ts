// Summarizes a V8 CPU profile (node --cpu-prof; `npm run bench -- --profile` writes them): where the
// samples fell, by self time, grouped by source module (through the build's source maps, so bundled
// server chunks resolve to lib/…, app/… and node_modules/<package>) and by function.
//
//   npx tsx bench/profile-summary.ts bench/profiles/<time>/CPU….cpuprofile [rows]
import fs from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const maps = new Map<string, SourceMap | null>();

function sourceMapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = url.startsWith("file://") ? fileURLToPath(url) : url;
      if (fs.existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

/** "node_modules/<package>" for dependencies, the project path for our files, else what V8 reports. */
function moduleOf(frame: ProfileNode["callFrame"]): { module: string; line: number } {
  if (!frame.url) return { module: frame.functionName || "(native)", line: 0 };
  let source = frame.url;
  let line = frame.lineNumber + 1;
  const map = sourceMapOf(frame.url);
  if (map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number };
    if (entry?.originalSource) {
      source = entry.originalSource;
      line = (entry.originalLine ?? 0) + 1;
    }
  }
  source = decodeURIComponent(source).replace(/^file:\/\//, "").replace(/^turbopack:\/\/\/?/, "").replace(/^\[project\]\//, "");
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (dependency) return { module: `node_modules/${dependency[1]}`, line };
  if (source.startsWith("node:")) return { module: source, line };
  const project = source.indexOf("/work/main/");
  return { module: project >= 0 ? source.slice(project + "/work/main/".length) : source, line };
}

// Coarse owners of the CPU time, by the resolved source path (first match wins).
const LAYERS: [string, RegExp][] = [
  ["idle (waiting for I/O or requests)", /^\(idle\)$/],
  ["garbage collector", /^\(garbage collector\)$/],
  ["Prisma client and SQLite driver", /@prisma|client-engine-runtime|^\.\.\/src\/runtime|better-sqlite3|^wasm:|debug\/src/],
  ["argon2 (password hashing)", /@node-rs\/argon2/],
  ["React rendering (RSC and HTML)", /react-server-dom|react-dom|node_modules\/react\b/],
  ["Next.js server and routing", /node_modules\/next|next\/dist|^\.\.\/\.\.\/src\/server|src\/server|\[turbopack\]|webpack:\/\/next/],
  ["next-auth and jose (session cookie)", /@auth\/core|next-auth|jose/],
  ["zod", /node_modules\/zod/],
  ["SigV4 (smithy, aws-crypto)", /@smithy|@aws-crypto/],
  ["otplib and @noble/hashes", /otplib|@noble/],
  ["our code (app, components, lib)", /^(app|components|lib|proxy|instrumentation)\b|^(\.\.\/)+(app|components|lib)\//],
  ["Node.js HTTP, streams, fetch", /node:_http|node:net|node:internal\/(deps\/undici|webstreams|streams|http)|^writev$|^writeUtf8String$|node:stream/],
  ["Node.js async hooks, microtasks", /async_hooks|^runMicrotasks$|task_queues/],
];

function layerOf(module: string): string {
  return LAYERS.find(([, pattern]) => pattern.test(module))?.[0] ?? "other (Node.js internals, native)";
}

/** Time spent in each of our functions and everything it called synchronously, each node counted once per stack. */
function inclusiveOfOurCode(profile: Profile, byId: Map<number, ProfileNode>, self: Map<number, number>): Map<string, number> {
  const subtree = new Map<number, number>();
  const total = (id: number): number => {
    if (!subtree.has(id)) subtree.set(id, (self.get(id) ?? 0) + (byId.get(id)!.children ?? []).reduce((sum, child) => sum + total(child), 0));
    return subtree.get(id)!;
  };
  const inclusive = new Map<string, number>();
  const walk = (id: number, open: Set<string>) => {
    const node = byId.get(id)!;
    const { module, line } = moduleOf(node.callFrame);
    let key: string | null = null;
    if (layerOf(module) === "our code (app, components, lib)") {
      key = `${node.callFrame.functionName || "(anonymous)"}  ${module}:${line}`;
      if (open.has(key)) key = null;
      else inclusive.set(key, (inclusive.get(key) ?? 0) + total(id));
    }
    if (key) open.add(key);
    for (const child of node.children ?? []) walk(child, open);
    if (key) open.delete(key);
  };
  walk(profile.nodes[0].id, new Set());
  return inclusive;
}

function summarize(file: string, rows: number) {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const microseconds = new Map<number, number>();
  profile.samples.forEach((id, i) => microseconds.set(id, (microseconds.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = profile.endTime - profile.startTime;
  const byLayer = new Map<string, number>();
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, time] of microseconds) {
    const frame = byId.get(id)!.callFrame;
    const { module, line } = moduleOf(frame);
    byModule.set(module, (byModule.get(module) ?? 0) + time);
    byLayer.set(layerOf(module), (byLayer.get(layerOf(module)) ?? 0) + time);
    const name = `${frame.functionName || "(anonymous)"}  ${module}${line ? `:${line}` : ""}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + time);
  }
  const print = (title: string, table: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [name, time] of [...table].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
      console.log(`${((100 * time) / total).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(7)} ms  ${name}`);
    }
  };
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s profiled`);
  print("Self time by layer", byLayer);
  print("Self time by module", byModule);
  print("Self time by function", byFunction);
  print("Inclusive time of our code's functions (synchronous callees included; awaits cut the stack)", inclusiveOfOurCode(profile, byId, microseconds));
}

// A reader that stops early (| head) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" ? process.exit(0) : Promise.reject(error)));

const [file, rows = "30"] = process.argv.slice(2);
if (!file) {
  console.error("usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [rows]");
  process.exit(1);
}
summarize(file, Number(rows));
