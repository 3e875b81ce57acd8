// Temporary: start the bench build on 3722 (optionally profiled), sign in, print sizes, load one path.
import { DEMO_ACCOUNT } from "../lib/demo";
import { cookieHeader, httpRequest } from "./http";
import { autocannonLoad } from "./load";
import { signInWithoutMfa } from "./scenarios/sign-in";
import { startApp } from "./server";
const PORT = 3722;
const env = {
  ...process.env, PORT: String(PORT), NEXT_DIST_DIR: ".next-bench", DATABASE_URL: "file:./data/bench-3720.db",
  AUTH_SECRET: "bench-auth-secret-not-for-production-0123456789",
  DATA_ENCRYPTION_KEY: Buffer.from("bench-data-key-not-for-production").subarray(0, 32).toString("base64"),
  DEMO_MODE: "true", PRACTICE_AUTHENTICATOR: "true", MFA_DEVICE_LIMIT: "1", NEXT_TELEMETRY_DISABLED: "1", BENCH_FLOOR: "1",
};
const paths = process.argv.slice(2).filter((a) => a.startsWith("/"));
const profile = process.argv.includes("--profile") ? "bench/profiles/probe" : undefined;
const server = await startApp({ port: PORT, env, cpuProfileDir: profile });
try {
  const session = await signInWithoutMfa(server.url, { kind: "root", email: DEMO_ACCOUNT.root.email, password: DEMO_ACCOUNT.root.password });
  const headers = { cookie: cookieHeader(session) };
  for (const path of paths) {
    const r = await httpRequest(server.url, { path, headers });
    const rsc = await httpRequest(server.url, { path, headers: { ...headers, rsc: "1" } });
    console.log(path, r.status, "html", r.body.length, "rsc", rsc.body.length);
  }
  for (const path of paths) {
    const res = await autocannonLoad(server.url, { path, headers }, { duration: Number(process.env.D ?? 8), warmup: 2, connections: 10, serverPids: [server.pid] });
    console.log(path, res.requestsPerSecond, "p99", res.latencyMs.p99, "cpu ms/req", ((res.cpu.serverCpuSeconds! * 1000) / res.requests).toFixed(1), "other", res.cpu.otherCores);
  }
} finally {
  await server.stop();
}
