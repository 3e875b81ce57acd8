// Graceful shutdown of the database pool.
//
// On SIGTERM (or SIGINT) `next start` and the standalone server.js stop accepting connections, let the
// requests in flight finish, then call process.exit. The pool must outlive those requests, so it is not
// closed at the signal but at that exit: after a termination signal, process.exit first disconnects
// the client (at most `timeoutMs`), then exits with the code it was given. If nothing else handles the
// signal (a script, say), the process still exits, as it would have without this listener.
import { log } from "../log";

type Disconnectable = { $disconnect(): Promise<void> };

const SIGNAL_EXIT_CODES = { SIGTERM: 143, SIGINT: 130 } as const;
let installed = false;

export function disconnectOnShutdown(db: Disconnectable, timeoutMs = 5_000): void {
  if (installed || typeof process.once !== "function") return;
  installed = true;

  const onSignal = (signal: keyof typeof SIGNAL_EXIT_CODES) => {
    const exit = process.exit.bind(process);
    let exiting = false;
    process.exit = ((code?: number | string | null) => {
      if (exiting) return undefined as never;
      exiting = true;
      const done = () => exit(code ?? undefined);
      const timer = setTimeout(() => {
        log.warn("shutdown: the database did not disconnect in time", { timeoutMs });
        done();
      }, timeoutMs);
      db.$disconnect()
        .then(() => log.info("shutdown: database disconnected", { signal }))
        .catch((error: unknown) => log.error("shutdown: database disconnect failed", { error }))
        .finally(() => {
          clearTimeout(timer);
          done();
        });
      return undefined as never;
    }) as typeof process.exit;
    // Nobody else (Next's server) will drain and exit: exit as the default handler would have.
    if (process.listenerCount(signal) === 0) process.exit(SIGNAL_EXIT_CODES[signal]);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => onSignal(signal));
}
