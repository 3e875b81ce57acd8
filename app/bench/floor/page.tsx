import { notFound } from "next/navigation";

/**
 * `npm run bench`'s floor for a page: nothing but the root layout (language, messages, the tutorial
 * panel's loader) around one heading, rendered per request like every console page. Served only to
 * the bench's server (BENCH_FLOOR=1, bench/run.ts); anyone else gets the 404 page.
 */
export default function BenchFloorPage() {
  if (process.env.BENCH_FLOOR !== "1") notFound();
  return (
    <main>
      <h1>Floor</h1>
    </main>
  );
}
