import { type APIRequestContext, expect } from "@playwright/test";
import type { SandboxAccount } from "./accounts";
import { totpCode } from "./totp";

/**
 * The controlled clock of a sandbox made with `controlledClock` (the `clock` fixture): the account's
 * "now" is the real time plus what the test has moved it on. Codes for the account's devices come
 * from `code`, at the account's time.
 */
export class ControlledClock {
  private offsetMs = 0;

  constructor(
    private readonly request: APIRequestContext,
    private readonly account: SandboxAccount,
  ) {
    if (!account.clockToken) throw new Error("this sandbox has no controlled clock: test.use({ sandbox: { users: [], controlledClock: true } })");
  }

  /** The account's time now, in milliseconds since 1970. */
  now(): number {
    return Date.now() + this.offsetMs;
  }

  /** Moves the account's clock `seconds` on; true when that took its sandbox past its expiry (it is deleted). */
  async advance(seconds: number): Promise<{ deleted: boolean }> {
    const response = await this.request.post(`/api/sandboxes/${this.account.accountId}/clock`, {
      data: { clockToken: this.account.clockToken, advanceSeconds: seconds },
    });
    expect(response.status(), await response.text()).toBe(200);
    this.offsetMs += seconds * 1000;
    return { deleted: ((await response.json()) as { deleted: boolean }).deleted };
  }

  /** The code an authenticator shows for `seed` at the account's time, `offset` steps on. */
  code(seed: string, offset = 0): string {
    return totpCode(seed, offset, this.now());
  }
}
