// Date values in policies, read as IAM reads them. The same grammar decides whether a Date* condition
// value passes IAM's "legacy parsing" when a policy is stored (a value it refuses makes CreatePolicy
// answer "The policy failed legacy parsing") and what instant the value means when a policy is
// evaluated: an ISO 8601 date-time, possibly partial ("2019", "2019-07", "2019-07-01T13:20"), or a
// whole number of seconds since the epoch. The bounds and the accepted shapes are the ones AWS's
// answers to CreatePolicy show (LocalStack's recordings of AWS, test_iam_policies.snapshot.json,
// 2026-02; moto's tests/test_iam/test_iam_policies.py).

const MIN_YEAR = -292_275_054;
const MAX_YEAR = 292_278_993;
const MAX_EPOCH_SECONDS = 2n ** 63n - 1n;
const MAX_FRACTION = 999_999_999;

/** A whole number as IAM's parser takes one: optional sign, digits, surrounding blanks. */
function wholeNumber(text: string): number | null {
  return /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : null;
}

function inRange(value: number | null, min: number, max: number): value is number {
  return value !== null && value >= min && value <= max;
}

type Clock = { hours: number; minutes: number; seconds: number; milliseconds: number; offsetMinutes: number };

/**
 * The time after "T": "hh", "hh:mm" or "hh:mm:ss[.fraction][Z|±hh[:mm]]". IAM checks the offset's
 * hours (two digits, 0-23); its minutes, which it splits off with the other colon-separated fields,
 * it does not check. A negative offset is accepted like a positive one (IAM's behaviour with "-hh" is
 * not recorded).
 */
function parseClock(text: string): Clock | null {
  const clock: Clock = { hours: 0, minutes: 0, seconds: 0, milliseconds: 0, offsetMinutes: 0 };
  const fields = text.split(":");
  if (fields[0] !== "") {
    const hours = wholeNumber(fields[0]);
    if (!inRange(hours, 0, 23)) return null;
    clock.hours = hours;
  }
  if (fields.length > 1) {
    const minutes = wholeNumber(fields[1]);
    if (!inRange(minutes, 0, 59)) return null;
    clock.minutes = minutes;
  }
  if (fields.length > 2) {
    let secondsText = fields[2];
    const zone = /[z+-]/.exec(secondsText);
    if (zone) {
      const offset = secondsText.slice(zone.index + 1);
      secondsText = secondsText.slice(0, zone.index);
      if (zone[0] === "z") {
        if (offset !== "") return null;
      } else {
        const offsetHours = wholeNumber(offset);
        if (offset.length !== 2 || !inRange(offsetHours, 0, 23)) return null;
        const offsetMinutes = fields.length > 3 ? (wholeNumber(fields[3]) ?? 0) : 0;
        clock.offsetMinutes = (zone[0] === "+" ? 1 : -1) * (offsetHours * 60 + offsetMinutes);
      }
    }
    const [whole, fraction] = secondsText.split(".", 2) as [string, string | undefined];
    const seconds = wholeNumber(whole);
    if (!inRange(seconds, 0, 59)) return null;
    clock.seconds = seconds;
    if (fraction !== undefined) {
      if (!inRange(wholeNumber(fraction), 0, MAX_FRACTION)) return null;
      clock.milliseconds = Math.floor(Number(`0.${fraction.trim()}`) * 1000);
    }
  }
  return clock;
}

function parseIsoDate(text: string): number | null {
  const t = text.indexOf("t");
  const datePart = t < 0 ? text : text.slice(0, t);
  const negative = datePart.startsWith("-");
  const fields = (negative ? datePart.slice(1) : datePart).split("-");
  if (fields.length > 3) return null;
  const yearNumber = wholeNumber(fields[0]);
  const year = yearNumber === null ? null : negative ? -yearNumber : yearNumber;
  if (!inRange(year, MIN_YEAR, MAX_YEAR)) return null;
  const month = fields.length > 1 ? wholeNumber(fields[1]) : 1;
  if (!inRange(month, 1, 12)) return null;
  const day = fields.length > 2 ? wholeNumber(fields[2]) : 1;
  if (!inRange(day, 1, 31)) return null;
  const clock = parseClock(t < 0 ? "" : text.slice(t + 1));
  if (!clock) return null;
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  instant.setUTCHours(clock.hours, clock.minutes - clock.offsetMinutes, clock.seconds, clock.milliseconds);
  const time = instant.getTime();
  // Years beyond JavaScript's dates still order correctly against every real instant.
  return Number.isNaN(time) ? (year < 0 ? -Infinity : Infinity) : time;
}

/**
 * The instant a policy date value names, in milliseconds since the epoch (±Infinity beyond
 * JavaScript's range), or null when IAM's parser refuses the value.
 */
export function parsePolicyDate(value: string): number | null {
  const text = value.toLowerCase();
  if (text.includes("t") || text.includes("-")) return parseIsoDate(text);
  if (!/^\s*\+?\d+\s*$/.test(text)) return null;
  const seconds = BigInt(text.trim());
  return seconds <= MAX_EPOCH_SECONDS ? Number(seconds) * 1000 : null;
}
