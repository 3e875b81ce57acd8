import type { ProxyTrust } from "../http/forwarded";
import { env } from "./env";

export function proxyTrust(): ProxyTrust {
  return { trustedProxyHops: env().TRUSTED_PROXY_HOPS };
}
