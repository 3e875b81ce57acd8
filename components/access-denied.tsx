import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";

/** The console's access-denied panel; with AWS's denial, which the console shows for the administrator to read. */
export function AccessDenied({ messages, denial }: { messages: Messages; denial?: string | null }) {
  return (
    <section className="panel max-w-2xl p-6" aria-labelledby="access-denied" data-tutorial="access-denied">
      <h1 id="access-denied" className="mb-2 text-xl font-bold text-error">
        {messages.errors.accessDeniedHeading}
      </h1>
      <p className="mb-4">{messages.errors.accessDeniedBody}</p>
      {denial && (
        <p className="mb-4 font-mono text-sm break-all" data-testid="access-denied-message">
          {denial}
        </p>
      )}
      <Link href="/iam/home">{messages.errors.backToDashboard}</Link>
    </section>
  );
}
