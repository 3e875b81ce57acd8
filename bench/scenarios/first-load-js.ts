import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import { round } from "../load";

export type PageJs = {
  route: string;
  group: "console" | "auth" | "other";
  files: number;
  /** kB (1000 bytes) of gzip, level 9, of every script the page's HTML loads. */
  gzipKb: number;
};

type BuildManifest = { rootMainFiles: string[] };
type ClientReferenceManifest = { entryJSFiles?: Record<string, string[]> };

/** Boundaries whose chunks the browser fetches only when it renders them (a 404, an uncaught error). */
const LOADED_ON_DEMAND = /\/(not-found|global-error)$/;

/**
 * First-load JavaScript of each app page, from the build output (Next 16 no longer prints it): the
 * framework's root chunks (build-manifest.json rootMainFiles; the nomodule polyfills are left out, as
 * browsers that run modules skip them) and the client chunks of the page's layouts and the page itself
 * (entryJSFiles in the page's client-reference manifest, without the not-found and global-error
 * boundaries), each gzipped on its own as a server would send it. These are exactly the scripts the
 * page's HTML loads (checked against /iam/security-credentials with Next 16.4.6).
 */
export function firstLoadJs(distDir: string): PageJs[] {
  const read = (file: string) => fs.readFileSync(path.join(distDir, file));
  const { rootMainFiles } = JSON.parse(read("build-manifest.json").toString()) as BuildManifest;
  const routes = JSON.parse(read("app-path-routes-manifest.json").toString()) as Record<string, string>;
  const gzipped = new Map<string, number>();
  const gzipSize = (file: string) => {
    if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(read(file), { level: 9 }).length);
    return gzipped.get(file)!;
  };
  return Object.entries(routes)
    .filter(([entry, route]) => entry.endsWith("/page") && !route.startsWith("/_"))
    .map(([entry, route]) => {
      const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
      vm.runInNewContext(read(`server/app${entry}_client-reference-manifest.js`).toString(), sandbox);
      const segments = Object.entries(sandbox.__RSC_MANIFEST?.[entry]?.entryJSFiles ?? {})
        .filter(([segment]) => !LOADED_ON_DEMAND.test(segment))
        .flatMap(([, chunks]) => chunks);
      const files = new Set([...rootMainFiles, ...segments].filter((file) => file.endsWith(".js")));
      const bytes = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
      const group = entry.startsWith("/(console)/") ? "console" : entry.startsWith("/(auth)/") ? "auth" : "other";
      return { route, group, files: files.size, gzipKb: round(bytes / 1000, 1) } satisfies PageJs;
    })
    .sort((a, b) => a.group.localeCompare(b.group) || a.route.localeCompare(b.route));
}
