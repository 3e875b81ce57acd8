import { ClientMessages } from "@/components/i18n/client-messages";
import { redirect } from "next/navigation";
import { getChallengePrincipal } from "@/lib/auth/challenge-principal";
import { getDb } from "@/lib/db/client";
import { devicesOfSignIn } from "@/lib/iam/list-mfa-devices";
import { MfaForm } from "./mfa-form";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MfaPage({ searchParams }: { searchParams: SearchParams }) {
  const challenge = await getChallengePrincipal();
  if (!challenge) redirect("/signin?expired=1");
  const { principal, rootEmail } = challenge;
  const kinds = new Set((await devicesOfSignIn(getDb(), principal)).map((device) => device.kind));
  const callbackUrl = (await searchParams).callbackUrl;
  return (
    <ClientMessages namespaces={["mfaChoices", "mfaSignIn"]}>
      <MfaForm
        isRoot={principal.isRoot}
        signingInAs={principal.isRoot ? (rootEmail ?? principal.accountId) : `${principal.userName} @ ${principal.accountAlias ?? principal.accountId}`}
        callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined}
        current={principal.consoleVersion === "current"}
        codes={kinds.has("virtual") || kinds.has("hardware")}
        passkeys={kinds.has("fido")}
      />
    </ClientMessages>
  );
}
