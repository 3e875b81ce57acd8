/**
 * The origin the browser opened the lab at ("http://localhost:3000", "https://lab.example.com"), from
 * the request's headers: a reverse proxy's X-Forwarded-Host and X-Forwarded-Proto when it sets them.
 * It names the lab in the sign-in URL shown to learners and the WebAuthn relying party.
 */
export function siteOrigin(headers: Headers): string {
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "localhost:3000";
  return `${headers.get("x-forwarded-proto") ?? "http"}://${host}`;
}
