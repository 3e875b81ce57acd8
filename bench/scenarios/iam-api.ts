import type { RequestSpec } from "autocannon";
import { codeAtStep, timeStepAt } from "../../lib/mfa/totp";
import type { Fixtures } from "../fixtures";
import { httpRequest } from "../http";
import { autocannonLoad, type LoadResult, type LoadSettings, newConnectionLoad, newConnectionLoads, type PlainRequest, round } from "../load";
import { motoAvailable, startMoto } from "../server";
import { type AccessKey, sendQuery, signedQuery } from "../sigv4";

export type IamApiPart = "list" | "enable" | "moto";

export type IamApiFigures = {
  listMfaDevices?: LoadResult;
  enableMfaDevice?: LoadResult;
  /**
   * What authorization adds: the same ListMFADevices signed by the administrator (whose policies are
   * loaded and evaluated) and by the root user (outside identity policies, so neither), in turns.
   */
  authorization?: { administrator: LoadResult; root: LoadResult; /** administrator / root, requests per second. */ ratio: number };
  /** The same signed ListMFADevices, each on a new connection: moto closes every connection, so this is the fair comparison. */
  newConnections?: {
    ours: LoadResult;
    moto: (LoadResult & { version: string }) | { skipped: string };
    /** ours / moto, requests per second. */
    ratio: number | null;
  };
};

/**
 * EnableMFADevice uses up a user and a device per request: the fixtures make this many (and one for the
 * probe), and each run ends after its amount or its duration, whichever comes first.
 */
export const ENABLE_REQUESTS = { warmup: 100, measured: 1000 };
export const ENABLE_POOL = ENABLE_REQUESTS.warmup + ENABLE_REQUESTS.measured + 1;

async function expectOk(url: string, request: PlainRequest, contains: string): Promise<void> {
  const answer = await httpRequest(url, request);
  if (answer.status !== 200 || !answer.body.includes(contains)) {
    throw new Error(`${request.path} answered ${answer.status} without ${contains}: ${answer.body.slice(0, 400)}`);
  }
}

/** Our ListMFADevices fixture, made again on moto: the user and its one assigned virtual device. */
async function prepareMoto(motoUrl: string, key: AccessKey, userName: string): Promise<void> {
  await sendQuery(motoUrl, key, { Action: "CreateUser", UserName: userName });
  const created = await sendQuery(motoUrl, key, { Action: "CreateVirtualMFADevice", VirtualMFADeviceName: userName });
  const serialNumber = /<SerialNumber>([^<]+)<\/SerialNumber>/.exec(created)?.[1];
  if (!serialNumber) throw new Error(`moto's CreateVirtualMFADevice answered without a serial number: ${created}`);
  // moto checks no codes; any two do.
  await sendQuery(motoUrl, key, { Action: "EnableMFADevice", UserName: userName, SerialNumber: serialNumber, AuthenticationCode1: "123456", AuthenticationCode2: "654321" });
}

/**
 * IAM API calls signed with SigV4 as the SDK signs them: ListMFADevices (one request, sent again and
 * again, as signatures stay valid for 15 minutes) and EnableMFADevice (a fresh user, a fresh device and
 * two consecutive codes each, signed beforehand). Then ListMFADevices on a new connection per request,
 * against our server and moto's, in turns.
 */
export async function benchIamApi(
  url: string,
  settings: LoadSettings,
  fixtures: Fixtures,
  motoPort: number,
  parts: ReadonlySet<IamApiPart>,
): Promise<IamApiFigures> {
  const endpoint = `${url}/api/iam`;
  const { key, userName } = fixtures.api;
  const figures: IamApiFigures = {};
  const list = await signedQuery(endpoint, key, { Action: "ListMFADevices", UserName: userName });
  await expectOk(url, list, "<SerialNumber>");
  if (parts.has("list")) {
    figures.listMfaDevices = await autocannonLoad(url, list, settings);
    const asRoot = await signedQuery(endpoint, fixtures.api.rootKey, { Action: "ListMFADevices", UserName: userName });
    await expectOk(url, asRoot, "<SerialNumber>");
    const [administrator, root] = await newConnectionLoads(
      [
        { url, request: list, serverPids: settings.serverPids },
        { url, request: asRoot, serverPids: settings.serverPids },
      ],
      settings,
    );
    figures.authorization = { administrator, root, ratio: round(administrator.requestsPerSecond / root.requestsPerSecond, 2) };
  }

  if (parts.has("enable")) {
    // Signed just before the run: the two codes (previous and current step) stay good for at least 30 s.
    const step = timeStepAt(new Date());
    const enables: PlainRequest[] = [];
    for (const device of fixtures.enablePool) {
      enables.push(
        await signedQuery(endpoint, key, {
          Action: "EnableMFADevice",
          UserName: device.userName,
          SerialNumber: device.serialNumber,
          AuthenticationCode1: codeAtStep(device.seed, step - 1),
          AuthenticationCode2: codeAtStep(device.seed, step),
        }),
      );
    }
    let next = 0;
    // Past the pool (not expected: the amounts fit it), the last request again, which fails with 409.
    const enableRequest: RequestSpec = { setupRequest: (request) => ({ ...request, ...enables[Math.min(next++, enables.length - 1)] }) };
    await expectOk(url, enables[next++], "<EnableMFADeviceResponse");
    figures.enableMfaDevice = await autocannonLoad(url, { requests: [enableRequest] }, settings, {
      amount: { warmup: ENABLE_REQUESTS.warmup, measured: ENABLE_REQUESTS.measured },
    });
  }

  if (!parts.has("moto")) return figures;
  const moto = motoAvailable();
  if (!moto.ok) return { ...figures, newConnections: { ours: await newConnectionLoad(url, list, settings), moto: { skipped: moto.reason }, ratio: null } };
  const peer = await startMoto(motoPort);
  try {
    await prepareMoto(peer.url, key, userName);
    const motoList = await signedQuery(`${peer.url}/`, key, { Action: "ListMFADevices", UserName: userName });
    await expectOk(peer.url, motoList, "<SerialNumber>");
    // In turns, ours then moto's, four times: the machine's drift touches both alike.
    const [ours, theirs] = await newConnectionLoads(
      [
        { url, request: list, serverPids: settings.serverPids },
        { url: peer.url, request: motoList, serverPids: [peer.pid] },
      ],
      settings,
    );
    const ratio = round(ours.requestsPerSecond / theirs.requestsPerSecond, 2);
    return { ...figures, newConnections: { ours, moto: { ...theirs, version: moto.version }, ratio } };
  } finally {
    await peer.stop();
  }
}
