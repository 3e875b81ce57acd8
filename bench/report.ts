import { cpuMsPerRequest as cpuPerRequest, type LoadResult } from "./load";
import { type ConsolePageFigures, FLOOR_PAGE } from "./scenarios/console-page";
import type { PageJs } from "./scenarios/first-load-js";
import type { IamApiFigures } from "./scenarios/iam-api";
import type { MfaSignInFigures } from "./scenarios/mfa-sign-ins";
import type { TotpFigures } from "./scenarios/totp";

export type Figures = {
  consolePage?: ConsolePageFigures;
  mfaSignIns?: MfaSignInFigures;
  iamApi?: IamApiFigures;
  totp?: TotpFigures;
  startSeconds?: number;
  firstLoadJs?: PageJs[];
};

export type Target = { measure: string; target: string; met: boolean | null };

/** The issue's targets, each checked against the figures; null when the figure was not measured. */
export function checkTargets(figures: Figures): Target[] {
  const { consolePage, mfaSignIns, iamApi, totp, startSeconds, firstLoadJs } = figures;
  const moto = iamApi?.newConnections?.moto;
  const consoleJs = firstLoadJs?.filter((page) => page.group === "console");
  const heaviest = consoleJs?.reduce((a, b) => (b.gzipKb > a.gzipKb ? b : a));
  return [
    {
      measure: "1. console page vs the floor page",
      target: "at least 0.7 of the floor page's requests/s (same run)",
      met: consolePage ? consolePage.pageToFloor >= 0.7 : null,
    },
    { measure: "1. console page p99", target: "under 100 ms", met: consolePage ? consolePage.page.latencyMs.p99 < 100 : null },
    { measure: "3. MFA sign-ins", target: "at least 50 per second", met: mfaSignIns ? mfaSignIns.requestsPerSecond >= 50 : null },
    {
      measure: "4. ListMFADevices vs moto",
      target: "at least 1.5 times moto's requests/s",
      met: iamApi?.newConnections?.ratio != null ? iamApi.newConnections.ratio >= 1.5 : null,
    },
    {
      measure: "4. authorization's cost",
      target: "at most 10% fewer requests/s than the root user's (issue 17)",
      met: iamApi?.authorization ? iamApi.authorization.ratio >= 0.9 : null,
    },
    {
      measure: "4. IAM API p99",
      target: "under 50 ms (ListMFADevices and EnableMFADevice)",
      met:
        iamApi?.listMfaDevices && iamApi.enableMfaDevice
          ? iamApi.listMfaDevices.latencyMs.p99 < 50 && iamApi.enableMfaDevice.latencyMs.p99 < 50
          : null,
    },
    {
      measure: "5. TOTP checks",
      target: "under 60 µs each",
      met: totp ? totp.verifyTotp < 60 && totp.checkConsecutiveCodes < 60 : null,
    },
    { measure: "6. start to first response", target: "under 3 s", met: startSeconds !== undefined ? startSeconds < 3 : null },
    {
      measure: "6. first-load JS",
      target: `under 150 kB gzip on every console page${heaviest ? ` (heaviest: ${heaviest.route})` : ""}`,
      met: heaviest ? heaviest.gzipKb < 150 : null,
    },
  ].concat(moto && "skipped" in moto ? [{ measure: "4. moto", target: `skipped: ${moto.skipped}`, met: null }] : []);
}

const load = (result: LoadResult, unit = "req/s") =>
  `${result.requestsPerSecond} ${unit}, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms${result.failures ? `, ${result.failures} failed` : ""}`;

const others = (result: LoadResult) => (result.cpu.otherCores === null ? "" : `${result.cpu.otherCores}`);

/** The rows of the figures table: what, figure, and how busy the rest of the machine was meanwhile. */
export function tableRows(figures: Figures): [string, string, string][] {
  const rows: [string, string, string][] = [];
  const { consolePage, mfaSignIns, iamApi, totp, startSeconds, firstLoadJs } = figures;
  if (consolePage) {
    rows.push([`1. ${consolePage.path}, signed in`, load(consolePage.page), others(consolePage.page)]);
    rows.push([`   ${FLOOR_PAGE}, the floor page`, load(consolePage.floor), others(consolePage.floor)]);
    rows.push(["2. /api/health", load(consolePage.health), others(consolePage.health)]);
    rows.push(["   page / floor, page / health, floor / health", `${consolePage.pageToFloor}, ${consolePage.pageToHealth}, ${consolePage.floorToHealth}`, ""]);
    const cpu = consolePage.cpuMsPerRequest;
    rows.push([
      "   server CPU per request: page, floor, health",
      `${cpu.page} ms, ${cpu.floor} ms, ${cpu.health} ms (page / floor by CPU ${consolePage.cpuPageToFloor})`,
      "",
    ]);
  }
  if (mfaSignIns) {
    const failed = Object.values(mfaSignIns.failedSignIns).reduce((sum, count) => sum + count, 0);
    const notes = [failed ? `${failed} sign-ins failed` : "", mfaSignIns.ranOutOfCodes ? `ran out of codes ${mfaSignIns.ranOutOfCodes} times` : ""];
    const figure = [`${mfaSignIns.requestsPerSecond} sign-ins/s, p50 ${mfaSignIns.latencyMs.p50} ms, p99 ${mfaSignIns.latencyMs.p99} ms`, ...notes];
    rows.push(["3. MFA sign-ins (password + code)", figure.filter(Boolean).join(", "), others(mfaSignIns)]);
  }
  if (iamApi?.listMfaDevices) rows.push(["4. ListMFADevices", load(iamApi.listMfaDevices), others(iamApi.listMfaDevices)]);
  if (iamApi?.enableMfaDevice) rows.push(["   EnableMFADevice", load(iamApi.enableMfaDevice), others(iamApi.enableMfaDevice)]);
  if (iamApi?.authorization) {
    const { administrator, root, ratio } = iamApi.authorization;
    rows.push(["   ListMFADevices as administrator", load(administrator), others(administrator)]);
    rows.push(["   the same as root (no policies)", load(root), others(root)]);
    rows.push(["   administrator / root", `${ratio}`, ""]);
    const costs = [cpuPerRequest(administrator), cpuPerRequest(root)];
    if (costs.every((cost) => cost !== null)) rows.push(["   server CPU per request: administrator, root", `${costs[0]} ms, ${costs[1]} ms`, ""]);
  }
  if (iamApi?.newConnections) {
    const { ours, moto, ratio } = iamApi.newConnections;
    rows.push(["   ListMFADevices, new connection each", load(ours), others(ours)]);
    if ("skipped" in moto) rows.push(["   moto, same requests", `skipped: ${moto.skipped}`, ""]);
    else {
      rows.push([`   moto ${moto.version}, same requests`, load(moto), others(moto)]);
      rows.push(["   ours / moto", `${ratio}`, ""]);
      // What a request costs the server in CPU holds better than requests/s on a busy machine.
      const costs = [cpuPerRequest(ours), cpuPerRequest(moto)];
      if (costs.every((cost) => cost !== null)) rows.push(["   server CPU per request: ours, moto", `${costs[0]} ms, ${costs[1]} ms`, ""]);
    }
  }
  if (totp) {
    rows.push(["5. verifyTotp (sign-in code)", `${totp.verifyTotp} µs (wrong code: ${totp.verifyTotpWrongCode} µs)`, ""]);
    rows.push(["   checkConsecutiveCodes", `${totp.checkConsecutiveCodes} µs`, ""]);
  }
  if (startSeconds !== undefined) rows.push(["6. next start to first response", `${startSeconds} s`, ""]);
  if (firstLoadJs) {
    const consoleJs = firstLoadJs.filter((page) => page.group === "console");
    const sizes = consoleJs.map((page) => page.gzipKb);
    if (sizes.length > 0) rows.push(["   first-load JS, console pages", `${Math.min(...sizes)}-${Math.max(...sizes)} kB gzip (${consoleJs.length} pages)`, ""]);
    for (const page of firstLoadJs) rows.push([`     ${page.route}`, `${page.gzipKb} kB`, ""]);
  }
  return rows;
}

export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}
