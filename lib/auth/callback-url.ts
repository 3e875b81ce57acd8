export const HOME_PATH = "/iam/home";

/**
 * Where to go after sign-in: a path on this site and nothing else, since an open redirect from the
 * sign-in page is a ready phishing page for the next MFA code. Decided the way the browser will read
 * it, by parsing against the request's own origin (WHATWG URL parsing drops tabs and newlines, reads
 * "\" as "/", resolves "https:evil" and "//evil" to other hosts), never by string prefixes.
 * Returns the path, query and fragment only; anything of another origin gives the dashboard.
 */
export function safeCallbackUrl(value: string | null | undefined, origin: string): string {
  if (!value) return HOME_PATH;
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    return HOME_PATH;
  }
  if (url.origin !== new URL(origin).origin) return HOME_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "http://this-site//evil" parses as this origin with the path "//evil", which as a Location is another host.
  return path.startsWith("/") && !path.startsWith("//") ? path : HOME_PATH;
}
