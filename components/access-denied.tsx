import Link from "next/link";
import type { Messages } from "@/lib/i18n/en";

export function AccessDenied({ messages }: { messages: Messages }) {
  return (
    <section className="panel max-w-2xl p-6" aria-labelledby="access-denied">
      <h1 id="access-denied" className="mb-2 text-xl font-bold text-error">
        {messages.errors.accessDeniedHeading}
      </h1>
      <p className="mb-4">{messages.errors.accessDeniedBody}</p>
      <Link href="/iam/home">{messages.errors.backToDashboard}</Link>
    </section>
  );
}
