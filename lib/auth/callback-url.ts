export const HOME_PATH = "/iam/home";

/** Only a path on this site, never "//host" or an absolute URL: an open redirect would help phishing. */
export function safeCallbackUrl(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return HOME_PATH;
  return value;
}
