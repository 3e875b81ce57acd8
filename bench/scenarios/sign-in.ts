import { cookieHeader, cookiesOf, httpRequest } from "../http";

// next-auth's own HTTP API, which the sign-in forms' server actions reach in-process through signIn():
// GET /api/auth/csrf for the double-submit token and its cookie, then POST /api/auth/callback/<provider>
// with the form's fields. The providers' authorize() (lib/auth/auth.ts) does the same work either way.

export type Csrf = { token: string; cookies: Record<string, string> };

export const FORM = "application/x-www-form-urlencoded";

export async function getCsrf(url: string): Promise<Csrf> {
  const answer = await httpRequest(url, { path: "/api/auth/csrf" });
  const { csrfToken } = JSON.parse(answer.body) as { csrfToken: string };
  return { token: csrfToken, cookies: cookiesOf(answer.headers["set-cookie"]) };
}

export function callbackRequest(provider: "password" | "mfa", csrf: Csrf, fields: Record<string, string>, cookies: Record<string, string> = {}) {
  return {
    method: "POST",
    path: `/api/auth/callback/${provider}`,
    headers: {
      "content-type": FORM,
      cookie: cookieHeader({ ...csrf.cookies, ...cookies }),
      // Answer with JSON ({ url }) rather than a redirect; the work and the cookies are the same.
      "x-auth-return-redirect": "1",
    },
    body: new URLSearchParams({ ...fields, csrfToken: csrf.token }).toString(),
  };
}

export const SESSION_COOKIE = "authjs.session-token";
export const CHALLENGE_COOKIE = "mfa_challenge";

/** Signs a principal without MFA in; the cookies of its console session. */
export async function signInWithoutMfa(url: string, fields: Record<string, string>): Promise<Record<string, string>> {
  const csrf = await getCsrf(url);
  const answer = await httpRequest(url, callbackRequest("password", csrf, fields));
  const cookies = cookiesOf(answer.headers["set-cookie"]);
  if (!cookies[SESSION_COOKIE]) throw new Error(`Sign-in of ${fields.email ?? fields.userName} failed: ${answer.status} ${answer.body}`);
  return { [SESSION_COOKIE]: cookies[SESSION_COOKIE] };
}
