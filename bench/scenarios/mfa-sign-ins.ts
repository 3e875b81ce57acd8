import type { RequestSpec } from "autocannon";
import { codeAtStep, timeStepAt } from "../../lib/mfa/totp";
import type { MfaUser } from "../fixtures";
import { MFA_USER_PASSWORD } from "../fixtures";
import { cookiesOf } from "../http";
import { autocannonLoad, type LoadResult, type LoadSettings, percentiles, round } from "../load";
import { CHALLENGE_COOKIE, callbackRequest, getCsrf, SESSION_COOKIE } from "./sign-in";

// Each device accepts a code once, and only codes of later steps than the last it accepted, within one
// step of now either way. The fixtures assigned every device ten minutes ago, so at first each takes the
// codes of the previous, the current and the next step, then one more per new step. Sign-ins go round the
// users, and a user is never in two sign-ins at once.

/** A code must still be inside the server's window when it arrives: the previous step only while 5 s remain. */
const ARRIVAL_MARGIN_MS = 5000;

export class CodeSchedule {
  private next = 0;
  private readonly busy = new Set<number>();
  exhausted = 0;

  constructor(private readonly users: MfaUser[]) {}

  private window() {
    const now = Date.now();
    return { lowest: timeStepAt(new Date(now + ARRIVAL_MARGIN_MS)) - 1, highest: timeStepAt(new Date(now)) + 1 };
  }

  /** The next user with an unused code in the window and no sign-in in flight, or null when none has one. */
  take(): number | null {
    const { lowest, highest } = this.window();
    for (let tried = 0; tried < this.users.length; tried++) {
      const index = this.next;
      this.next = (this.next + 1) % this.users.length;
      if (!this.busy.has(index) && Math.max(this.users[index].lastStep + 1, lowest) <= highest) {
        this.busy.add(index);
        return index;
      }
    }
    this.exhausted++;
    return null;
  }

  userName(index: number): string {
    return this.users[index].userName;
  }

  /** The oldest unused code of the user's device still in the window, spent from now on. */
  spendCode(index: number): string {
    const user = this.users[index];
    user.lastStep = Math.max(user.lastStep + 1, this.window().lowest);
    return codeAtStep(user.seed, user.lastStep);
  }

  release(index: number): void {
    this.busy.delete(index);
  }
}

export type MfaSignInFigures = LoadResult & { signIns: number; failedSignIns: Record<string, number>; ranOutOfCodes: number };

const header = (headers: Record<string, string | string[]>, name: string) =>
  Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];

/**
 * Complete MFA sign-ins as IAM users: the password step (argon2id, rate limit, challenge cookie), then
 * the code step with a fresh valid code (replay guard, session, ConsoleLogin event). autocannon runs the
 * two requests in turn on each connection; a sign-in is counted when the second sets a session cookie,
 * and its latency is from sending the first to receiving the second.
 */
export async function benchMfaSignIns(url: string, settings: LoadSettings, accountId: string, users: MfaUser[]): Promise<MfaSignInFigures> {
  const csrf = await getCsrf(url);
  const schedule = new CodeSchedule(users);
  let latencies: number[] = [];
  let failed: Record<string, number> = {};
  const fail = (reason: string) => (failed[reason] = (failed[reason] ?? 0) + 1);

  const requests: RequestSpec[] = [
    {
      setupRequest(request, context) {
        const user = schedule.take();
        // Nothing left to sign in with: a request that is not a sign-in, reported as ranOutOfCodes.
        if (user === null) return { ...request, method: "GET", path: "/api/health", headers: {}, body: "" };
        context.user = user;
        context.startedAt = performance.now();
        const fields = { kind: "iam", account: accountId, userName: schedule.userName(user), password: MFA_USER_PASSWORD };
        return { ...request, ...callbackRequest("password", csrf, fields) };
      },
      onResponse(status, _body, context, headers) {
        if (context.user === undefined) return;
        const challenge = cookiesOf(header(headers, "set-cookie"))[CHALLENGE_COOKIE];
        if (challenge) {
          context.challenge = challenge;
        } else {
          fail(`password step: ${status}`);
          schedule.release(context.user as number);
        }
      },
    },
    {
      setupRequest(request, context) {
        if (!context.challenge) return null;
        const code = schedule.spendCode(context.user as number);
        return { ...request, ...callbackRequest("mfa", csrf, { code }, { [CHALLENGE_COOKIE]: context.challenge as string }) };
      },
      onResponse(status, _body, context, headers) {
        schedule.release(context.user as number);
        if (cookiesOf(header(headers, "set-cookie"))[SESSION_COOKIE]) latencies.push(performance.now() - (context.startedAt as number));
        else fail(`code step: ${status}`);
      },
    },
  ];

  const load = await autocannonLoad(url, { requests }, settings, {
    onStart: () => {
      latencies = [];
      failed = {};
      schedule.exhausted = 0;
    },
  });
  return {
    ...load,
    requestsPerSecond: round(latencies.length / load.seconds),
    latencyMs: percentiles(latencies),
    signIns: latencies.length,
    failedSignIns: failed,
    ranOutOfCodes: schedule.exhausted,
  };
}
