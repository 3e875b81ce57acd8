export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/config/boot-check");
  const { env } = await import("./lib/config/env");
  const { startSandboxPurge } = await import("./lib/sandbox-purge-schedule");
  startSandboxPurge(env().SANDBOX_EXPIRY_HOURS, { demoCopies: env().DEMO_MODE });
  const { registerQueryApiLane } = await import("./lib/query-api/node-lane");
  registerQueryApiLane();
}
