"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";

/** AWS's list of compatible authenticator apps. */
const COMPATIBLE_APPS_URL = "https://aws.amazon.com/iam/features/mfa/";

/** Both consoles' set-up step for an authenticator app: AWS's list of compatible apps, and the practice authenticator. */
export function CompatibleAppsLinks({ practiceAuthenticator }: { practiceAuthenticator: boolean }) {
  const { messages } = useI18n();
  return (
    <>
      <a href={COMPATIBLE_APPS_URL} target="_blank" rel="noreferrer" className="text-xs">
        {messages.mfaWizard.compatibleApps}
      </a>
      {practiceAuthenticator && (
        <a href="/authenticator" target="_blank" rel="noreferrer" className="ml-4 text-xs">
          {messages.authenticator.openFromWizard}
        </a>
      )}
    </>
  );
}

/** The QR code's box: "Show QR code" until chosen, then the code (a PNG data: URL made on the server). */
export function QrCodeBox({ src, alt }: { src: string; alt: string }) {
  const { messages } = useI18n();
  const [shown, setShown] = useState(false);
  return (
    <div className="my-2 flex h-60 w-60 items-center justify-center border border-line bg-page">
      {shown ? (
        // next/image would add nothing to an inline PNG.
        <img src={src} alt={alt} width={240} height={240} data-tutorial="qr-code" />
      ) : (
        <button type="button" className="btn-link" data-tutorial="show-qr-code" onClick={() => setShown(true)}>
          {messages.mfaWizard.showQrCode}
        </button>
      )}
    </div>
  );
}
