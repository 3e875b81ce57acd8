import { ClientMessages } from "@/components/i18n/client-messages";
import { notFound } from "next/navigation";
import { PracticeAuthenticator } from "@/components/practice-authenticator/practice-authenticator";
import { PracticeTokens } from "@/components/practice-authenticator/practice-tokens";
import { env } from "@/lib/config/env";
import { getMessages } from "@/lib/i18n/server";

/** A learning aid with no server side: a deployment can turn it off with PRACTICE_AUTHENTICATOR=false. */
export default async function AuthenticatorPage() {
  if (!env().PRACTICE_AUTHENTICATOR) notFound();
  const m = (await getMessages()).authenticator;
  return (
    <ClientMessages namespaces={["authenticator", "practiceTokens"]}>
      <div className="w-full max-w-5xl">
        <h1 className="mb-2 text-2xl">{m.title}</h1>
        <p className="mb-6 max-w-3xl text-muted">{m.intro}</p>
        <PracticeAuthenticator />
        <PracticeTokens />
      </div>
    </ClientMessages>
  );
}
