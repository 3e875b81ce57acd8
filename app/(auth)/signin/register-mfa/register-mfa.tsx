"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { AssignMfaWizard } from "@/components/mfa-current/assign-mfa-wizard";
import type { MfaActions } from "@/components/mfa-wizard/types";

/** Back where AWS's console returns after Add MFA: Security credentials, with the "MFA device assigned" banner. */
const SECURITY_CREDENTIALS_PATH = "/iam/security-credentials";

/** The prompt's Assign MFA device: the current wizard; once a device is assigned, on to the console. */
export function RegisterMfa({ actions, limit, practiceAuthenticator }: { actions: MfaActions; limit: number; practiceAuthenticator: boolean }) {
  const { messages } = useI18n();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn-primary" data-tutorial="assign-mfa-device" onClick={() => setOpen(true)}>
        {messages.mfaEnrollment.register}
      </button>
      {open && (
        <AssignMfaWizard
          actions={actions}
          limit={limit}
          practiceAuthenticator={practiceAuthenticator}
          onClose={() => setOpen(false)}
          onAssigned={() => router.replace(`${SECURITY_CREDENTIALS_PATH}?mfaAssigned=1`)}
        />
      )}
    </>
  );
}
