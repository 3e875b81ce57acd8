import Link from "next/link";
import { getMessages } from "@/lib/i18n/server";

export default async function NotFound() {
  const messages = await getMessages();
  return (
    <main className="mx-auto max-w-xl p-10">
      <h1 className="mb-2 text-2xl">{messages.errors.notFoundHeading}</h1>
      <p className="mb-4">{messages.errors.notFoundBody}</p>
      <Link href="/iam/home">{messages.errors.backToDashboard}</Link>
    </main>
  );
}
