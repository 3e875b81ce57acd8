import { ClientMessages } from "@/components/i18n/client-messages";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getChallengePrincipal } from "@/lib/auth/challenge-principal";
import { format } from "@/lib/i18n/messages";
import { getMessages } from "@/lib/i18n/server";
import { ResyncForm } from "./resync-form";

/** AWS's Troubleshoot MFA, adapted to the lab: resync here, or have an administrator remove the device. */
export default async function TroubleshootMfaPage() {
  const challenge = await getChallengePrincipal();
  if (!challenge) redirect("/signin?expired=1");
  const { principal } = challenge;
  const m = (await getMessages()).mfaSignIn;
  return (
    <ClientMessages namespaces={["mfaSignIn", "mfaWizard"]}>
      <div className="w-full max-w-md">
        <h1 className="mb-4 text-2xl">{m.troubleshootHeading}</h1>
        <section aria-labelledby="resync" className="mb-6">
          <h2 id="resync" className="mb-2 text-lg font-bold">
            {m.resyncHeading}
          </h2>
          <ResyncForm />
        </section>
        <section aria-labelledby="lost" className="mb-6">
          <h2 id="lost" className="mb-2 text-lg font-bold">
            {m.lostHeading}
          </h2>
          <p>{principal.isRoot ? m.lostRoot : format(m.lostIamUser, { account: principal.accountAlias ?? principal.accountId })}</p>
        </section>
        <Link href="/signin/mfa">{m.backToCode}</Link>
      </div>
    </ClientMessages>
  );
}
