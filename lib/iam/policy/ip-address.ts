// IP addresses and CIDR blocks for the IpAddress and NotIpAddress condition operators: "The value must be
// in the standard CIDR format (for example, 203.0.113.0/24 or 2001:DB8:1234:5678::/64). If you specify an
// IP address without the associated routing prefix, IAM uses the default prefix value of 32" (IAM User
// Guide, IP address condition operators); for IPv6 the full length, 128.

export type IpAddress = { version: 4 | 6; bytes: Uint8Array };
export type IpRange = IpAddress & { prefix: number };

function parseIpv4(text: string): Uint8Array | null {
  const fields = text.split(".");
  if (fields.length !== 4 || !fields.every((field) => /^\d{1,3}$/.test(field) && Number(field) <= 255)) return null;
  return Uint8Array.from(fields, Number);
}

function parseIpv6(text: string): Uint8Array | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string) => (half === "" ? [] : half.split(":"));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  // An embedded IPv4 address ("::ffff:192.0.2.1") takes the last two groups.
  const last = (tail.length > 0 ? tail : head).at(-1);
  let ipv4: Uint8Array | null = null;
  if (last?.includes(".")) {
    ipv4 = parseIpv4(last);
    if (!ipv4) return null;
    (tail.length > 0 ? tail : head).pop();
  }
  const groupCount = head.length + tail.length + (ipv4 ? 2 : 0);
  if (halves.length === 1 ? groupCount !== 8 : groupCount > 7) return null;
  const words = [...head, ...Array<string>(8 - groupCount).fill("0"), ...tail];
  if (!words.every((word) => /^[0-9a-f]{1,4}$/i.test(word))) return null;
  const bytes = new Uint8Array(16);
  words.forEach((word, i) => {
    const value = parseInt(word, 16);
    bytes[i * 2] = value >> 8;
    bytes[i * 2 + 1] = value & 0xff;
  });
  if (ipv4) bytes.set(ipv4, 12);
  return bytes;
}

export function parseIpAddress(text: string): IpAddress | null {
  const trimmed = text.trim();
  const v4 = parseIpv4(trimmed);
  if (v4) return { version: 4, bytes: v4 };
  const v6 = trimmed.includes(":") ? parseIpv6(trimmed) : null;
  return v6 ? { version: 6, bytes: v6 } : null;
}

/** "203.0.113.0/24", "2001:DB8::/32", or a lone address (the whole address is the prefix). */
export function parseIpRange(text: string): IpRange | null {
  const [address, prefixText, extra] = text.trim().split("/");
  if (extra !== undefined) return null;
  const parsed = parseIpAddress(address);
  if (!parsed) return null;
  const bits = parsed.bytes.length * 8;
  if (prefixText === undefined) return { ...parsed, prefix: bits };
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > bits) return null;
  return { ...parsed, prefix: Number(prefixText) };
}

export function ipInRange(address: IpAddress, range: IpRange): boolean {
  if (address.version !== range.version) return false;
  const whole = Math.floor(range.prefix / 8);
  for (let i = 0; i < whole; i++) if (address.bytes[i] !== range.bytes[i]) return false;
  const rest = range.prefix % 8;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (address.bytes[whole] & mask) === (range.bytes[whole] & mask);
}
