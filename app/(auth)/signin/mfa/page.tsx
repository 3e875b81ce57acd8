import { redirect } from "next/navigation";
import { getChallengePrincipal } from "@/lib/auth/challenge-principal";
import { MfaForm } from "./mfa-form";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function MfaPage({ searchParams }: { searchParams: SearchParams }) {
  const challenge = await getChallengePrincipal();
  if (!challenge) redirect("/signin?expired=1");
  const { principal, rootEmail } = challenge;
  const callbackUrl = (await searchParams).callbackUrl;
  return (
    <MfaForm
      isRoot={principal.isRoot}
      signingInAs={principal.isRoot ? (rootEmail ?? principal.accountId) : `${principal.userName} @ ${principal.accountAlias ?? principal.accountId}`}
      callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined}
    />
  );
}
