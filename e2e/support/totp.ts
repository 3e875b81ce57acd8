import { generateSync } from "otplib";
import { PNG } from "pngjs";
import jsQR from "jsqr";

const STEP_SECONDS = 30;

/** The code an authenticator app shows for `seed` during the step `offset` steps from now. */
export function totpCode(seed: string, offset = 0, now = Date.now()): string {
  const step = Math.floor(now / 1000 / STEP_SECONDS) + offset;
  return generateSync({ secret: seed.replace(/\s+/g, ""), epoch: step * STEP_SECONDS });
}

/**
 * Two consecutive codes, the previous step's and the current one's, as AWS's wizard accepts them:
 * no 30-second wait. Waits out the last seconds of a step so the pair is still valid when it lands.
 */
export async function consecutiveCodes(seed: string, marginSeconds = 3, clock: () => number = Date.now): Promise<{ code1: string; code2: string }> {
  const intoStep = (clock() / 1000) % STEP_SECONDS;
  if (STEP_SECONDS - intoStep < marginSeconds) await new Promise((resolve) => setTimeout(resolve, (STEP_SECONDS - intoStep + 0.2) * 1000));
  const now = clock();
  return { code1: totpCode(seed, -1, now), code2: totpCode(seed, 0, now) };
}

/** The text a QR code image (a data: URL of a PNG) carries, as a phone camera would read it. */
export function decodeQrDataUrl(dataUrl: string): string | null {
  const png = PNG.sync.read(Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64"));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
