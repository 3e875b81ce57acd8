import type { ReactNode } from "react";
import { Footer } from "@/components/footer";
import { getMessages } from "@/lib/i18n/server";

/** Pages outside the console (sign-in, sign-up, the practice authenticator): white, centred, as on AWS's sign-in site. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <div className="flex min-h-screen flex-col bg-white">
      <header className="px-8 pt-6">
        <span aria-hidden="true" className="text-3xl font-bold tracking-tight text-navy">
          {messages.common.awsLogo}
        </span>
      </header>
      <main className="flex flex-1 justify-center px-4 py-8">{children}</main>
      <Footer messages={messages} />
    </div>
  );
}
