import { ClientMessages } from "@/components/i18n/client-messages";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { Alert } from "@/components/alert";
import { getIdentity } from "@/lib/auth/session";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { originFrom } from "@/lib/auth/request-context";
import { env } from "@/lib/config/env";
import { DEMO_ACCOUNT } from "@/lib/demo";
import { getMessages } from "@/lib/i18n/server";
import { SignInForm } from "./sign-in-form";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = first(params.callbackUrl);
  if (await getIdentity()) redirect(safeCallbackUrl(callbackUrl, originFrom(await headers())));
  const messages = await getMessages();
  const m = messages.signIn;
  const account = first(params.account)?.slice(0, 128);
  return (
    <ClientMessages namespaces={["signIn"]}>
      <div className="flex w-full max-w-3xl flex-wrap items-start justify-center gap-10">
        <div className="w-full max-w-sm">
          {first(params.signedOut) && <Alert tone="success">{m.signedOut}</Alert>}
          {first(params.expired) && <Alert tone="info">{messages.mfaSignIn.expired}</Alert>}
          {/* Remounted per account so the IAM user page of /signin?account=<alias> starts at step 2. */}
          <SignInForm key={account ?? ""} initialAccount={account} callbackUrl={callbackUrl} />
        </div>
        {env().DEMO_MODE && (
          <aside aria-labelledby="demo-heading" className="panel w-full max-w-xs p-4 text-xs">
            <h2 id="demo-heading" className="mb-2 text-base font-bold">
              {m.demoHeading}
            </h2>
            <p className="mb-3 text-muted">{m.demoIntro}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1">
              <dt className="text-muted">{m.demoAccount}</dt>
              <dd className="font-mono">{DEMO_ACCOUNT.accountId}</dd>
              <dt className="text-muted">{m.demoAlias}</dt>
              <dd className="font-mono">{DEMO_ACCOUNT.alias}</dd>
            </dl>
            <h3 className="mt-3 font-bold">{m.demoRoot}</h3>
            <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1">
              <dt className="text-muted">{m.demoEmail}</dt>
              <dd className="font-mono break-all">{DEMO_ACCOUNT.root.email}</dd>
              <dt className="text-muted">{m.demoPassword}</dt>
              <dd className="font-mono">{DEMO_ACCOUNT.root.password}</dd>
            </dl>
            {(
              [
                [m.demoAdmin, DEMO_ACCOUNT.admin],
                [m.demoUser, DEMO_ACCOUNT.user],
              ] as const
            ).map(([title, user]) => (
              <div key={user.userName}>
                <h3 className="mt-3 font-bold">{title}</h3>
                <dl className="grid grid-cols-[auto_1fr] gap-x-2 gap-y-1">
                  <dt className="text-muted">{m.demoUserName}</dt>
                  <dd className="font-mono">{user.userName}</dd>
                  <dt className="text-muted">{m.demoPassword}</dt>
                  <dd className="font-mono">{user.password}</dd>
                </dl>
              </div>
            ))}
          </aside>
        )}
      </div>
    </ClientMessages>
  );
}
