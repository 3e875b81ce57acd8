import fs from "node:fs";
import { DEMO_ACCOUNT } from "../lib/demo";
import { cookieHeader, httpRequest } from "./http";
import { signInWithoutMfa } from "./scenarios/sign-in";
import { startApp } from "./server";
const env = { ...process.env, PORT: "3722", NEXT_DIST_DIR: ".next-bench", DATABASE_URL: "file:./data/bench-3720.db", AUTH_SECRET: "bench-auth-secret-not-for-production-0123456789", DATA_ENCRYPTION_KEY: Buffer.from("bench-data-key-not-for-production").subarray(0, 32).toString("base64"), DEMO_MODE: "true", PRACTICE_AUTHENTICATOR: "true", MFA_DEVICE_LIMIT: "1", NEXT_TELEMETRY_DISABLED: "1", BENCH_FLOOR: "1" };
const server = await startApp({ port: 3722, env });
try {
  const session = await signInWithoutMfa(server.url, { kind: "root", email: DEMO_ACCOUNT.root.email, password: DEMO_ACCOUNT.root.password });
  const r = await httpRequest(server.url, { path: "/iam/security-credentials", headers: { cookie: cookieHeader(session) } });
  fs.writeFileSync("/tmp/perf15/sc.html", r.body);
  const f = await httpRequest(server.url, { path: "/bench/floor", headers: { cookie: cookieHeader(session) } });
  fs.writeFileSync("/tmp/perf15/floor.html", f.body);
} finally { await server.stop(); }
