import { DEMO_ACCOUNT } from "../../lib/demo";
import { cookieHeader, httpRequest } from "../http";
import { autocannonLoad, type LoadResult, type LoadSettings, round } from "../load";
import { signInWithoutMfa } from "./sign-in";

export const CONSOLE_PAGE = "/iam/security-credentials";

export type ConsolePageFigures = { path: string; page: LoadResult; health: LoadResult; pageToHealth: number };

/**
 * The signed-in Security credentials page (server-rendered for the demo root user, its session
 * checked against the database on each request) and /api/health, the framework's floor, back to back.
 */
export async function benchConsolePage(url: string, settings: LoadSettings, path = CONSOLE_PAGE): Promise<ConsolePageFigures> {
  const session = await signInWithoutMfa(url, { kind: "root", email: DEMO_ACCOUNT.root.email, password: DEMO_ACCOUNT.root.password });
  const headers = { cookie: cookieHeader(session) };
  const probe = await httpRequest(url, { path, headers });
  if (probe.status !== 200 || !probe.body.includes("</html>")) {
    throw new Error(`${path} answered ${probe.status} to the signed-in session, not the page: ${probe.body.slice(0, 300)}`);
  }
  const health = await autocannonLoad(url, { path: "/api/health" }, settings);
  const page = await autocannonLoad(url, { path, headers }, settings);
  return { path, page, health, pageToHealth: round(page.requestsPerSecond / health.requestsPerSecond, 2) };
}
