import { DEMO_ACCOUNT } from "../../lib/demo";
import { cookieHeader, httpRequest } from "../http";
import { alternatingLoads, cpuMsPerRequest, type LoadResult, type LoadSettings, round } from "../load";
import { signInWithoutMfa } from "./sign-in";

export const CONSOLE_PAGE = "/iam/security-credentials";

/** A trivial page under the same root layout (app/bench/floor): what any page of this app costs at least. */
export const FLOOR_PAGE = "/bench/floor";

export type ConsolePageFigures = {
  path: string;
  page: LoadResult;
  floor: LoadResult;
  health: LoadResult;
  pageToHealth: number;
  floorToHealth: number;
  pageToFloor: number;
  /** The server's CPU time per request (ms), and the floor's over the page's: what each costs, whatever share of the machine the server got. */
  cpuMsPerRequest: { page: number | null; floor: number | null; health: number | null };
  cpuPageToFloor: number | null;
};

/**
 * The signed-in Security credentials page (server-rendered for the demo root user, its session
 * checked against the database on each request), the floor page and /api/health, the framework's
 * floor, in alternating turns of one run (load.ts alternatingLoads): compare their ratios, not their
 * figures across runs.
 */
export async function benchConsolePage(url: string, settings: LoadSettings, path = CONSOLE_PAGE): Promise<ConsolePageFigures> {
  const session = await signInWithoutMfa(url, { kind: "root", email: DEMO_ACCOUNT.root.email, password: DEMO_ACCOUNT.root.password });
  const headers = { cookie: cookieHeader(session) };
  const probe = await httpRequest(url, { path, headers });
  if (probe.status !== 200 || !probe.body.includes("</html>")) {
    throw new Error(`${path} answered ${probe.status} to the signed-in session, not the page: ${probe.body.slice(0, 300)}`);
  }
  const floorProbe = await httpRequest(url, { path: FLOOR_PAGE, headers });
  if (floorProbe.status !== 200) throw new Error(`${FLOOR_PAGE} answered ${floorProbe.status}: is BENCH_FLOOR=1 set for the server?`);
  const [health, floor, page] = await alternatingLoads(url, [{ path: "/api/health" }, { path: FLOOR_PAGE, headers }, { path, headers }], settings);
  const cpu = { page: cpuMsPerRequest(page), floor: cpuMsPerRequest(floor), health: cpuMsPerRequest(health) };
  return {
    path,
    page,
    floor,
    health,
    pageToHealth: round(page.requestsPerSecond / health.requestsPerSecond, 2),
    floorToHealth: round(floor.requestsPerSecond / health.requestsPerSecond, 2),
    pageToFloor: round(page.requestsPerSecond / floor.requestsPerSecond, 2),
    cpuMsPerRequest: cpu,
    cpuPageToFloor: cpu.page && cpu.floor ? round(cpu.floor / cpu.page, 2) : null,
  };
}
