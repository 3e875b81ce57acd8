"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { ErrorInView } from "@/components/error-in-view";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
import { RadioChoice } from "@/components/radio-choice";
import { lookup } from "@/lib/i18n/messages";
import { type CodePair, codePairErrors, TwoCodesFields } from "./two-codes-fields";
import { CompatibleAppsLinks, QrCodeBox } from "./authenticator-setup";
import { SecretKey } from "./secret-key";
import type { MfaActions, MfaSetup } from "./types";

type DeviceType = "virtual" | "u2f" | "hardware";
type Step = { name: "choose" } | { name: "setup"; setup: MfaSetup } | { name: "done" };


/**
 * The 2021 console's wizard: "Manage MFA device" (choose the type), "Set up virtual MFA device"
 * (QR code or secret key, two consecutive codes, Assign MFA), then the success dialog.
 */
export function MfaWizard({
  actions,
  userName,
  practiceAuthenticator = false,
  onClose,
}: {
  actions: Pick<MfaActions, "start" | "assign">;
  /** Whether this deployment offers the practice authenticator, so the dialog links to it. */
  practiceAuthenticator?: boolean;
  /** An IAM user whose MFA an administrator sets up; absent for the signed-in principal's own. */
  userName?: string;
  onClose: () => void;
}) {
  const { messages } = useI18n();
  const m = messages.mfaWizard;
  const [step, setStep] = useState<Step>({ name: "choose" });
  const [deviceType, setDeviceType] = useState<DeviceType>("virtual");
  const [showSecret, setShowSecret] = useState(false);
  const [codes, setCodes] = useState<CodePair>({ code1: "", code2: "" });
  const [codeErrors, setCodeErrors] = useState<ReturnType<typeof codePairErrors>>({});
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const continueToSetup = () =>
    startTransition(async () => {
      setError(undefined);
      const result = await actions.start({ userName });
      if (!result.ok) return setError(result.error);
      setShowSecret(false);
      setCodes({ code1: "", code2: "" });
      setCodeErrors({});
      setStep({ name: "setup", setup: result.data });
    });

  const assign = (setup: MfaSetup) => {
    const errors = codePairErrors(codes);
    setCodeErrors(errors);
    if (Object.keys(errors).length > 0) return;
    // Outside the transition, so the last error goes before the answer comes: a repeated error is new.
    setError(undefined);
    startTransition(async () => {
      const result = await actions.assign({
        userName,
        serialNumber: setup.serialNumber,
        code1: codes.code1.trim(),
        code2: codes.code2.trim(),
      });
      if (!result.ok) return setError(result.error);
      setStep({ name: "done" });
    });
  };

  if (step.name === "done") {
    return (
      <Modal
        title={m.successTitle}
        onClose={onClose}
        tutorialTarget="mfa-assigned"
        footer={
          <button type="button" className="btn-primary" onClick={onClose}>
            {messages.common.close}
          </button>
        }
      >
        <Alert tone="success" title={m.successHeading}>
          {m.successBody}
        </Alert>
      </Modal>
    );
  }

  if (step.name === "choose") {
    const options: [DeviceType, string, string][] = [
      ["virtual", m.virtual, m.virtualDescription],
      ["u2f", m.u2f, m.u2fDescription],
      ["hardware", m.hardware, m.hardwareDescription],
    ];
    return (
      <Modal
        title={m.manageTitle}
        onClose={onClose}
        tutorialTarget="manage-mfa-device"
        footer={
          <>
            <button type="button" className="btn-link px-4" onClick={onClose}>
              {messages.common.cancel}
            </button>
            <button type="button" className="btn-primary" data-tutorial="continue" disabled={deviceType !== "virtual" || pending} onClick={continueToSetup}>
              {messages.common.continue}
            </button>
          </>
        }
      >
        {error && <ErrorInView>{lookup(messages, error)}</ErrorInView>}
        <fieldset>
          <legend className="mb-3">{m.chooseType}</legend>
          {options.map(([value, label, description]) => (
            <RadioChoice key={value} name="device-type" value={value} checked={deviceType === value} onChange={() => setDeviceType(value)} label={label} description={description} />
          ))}
        </fieldset>
        {deviceType !== "virtual" && <Alert tone="info">{m.labOnlyVirtual}</Alert>}
      </Modal>
    );
  }

  const { setup } = step;
  return (
    <Modal
      title={m.setupTitle}
      onClose={onClose}
      tutorialTarget="set-up-virtual-mfa"
      footer={
        <>
          <button type="button" className="btn-link px-4" onClick={onClose}>
            {messages.common.cancel}
          </button>
          <button type="button" className="btn-normal" onClick={() => setStep({ name: "choose" })}>
            {messages.common.previous}
          </button>
          <button type="button" className="btn-primary" data-tutorial="assign-mfa" disabled={pending} onClick={() => assign(setup)}>
            {m.assign}
          </button>
        </>
      }
    >
      {error && (
        <ErrorInView>
          {lookup(messages, error)}
          {error === "iamErrors.InvalidAuthenticationCode" && <span className="mt-1 block text-xs">{m.clockHint}</span>}
        </ErrorInView>
      )}
      <ol className="space-y-5">
        <li>
          <p className="font-bold">1. {m.step1}</p>
          <p className="text-xs text-muted">{m.apps}</p>
          <CompatibleAppsLinks practiceAuthenticator={practiceAuthenticator} />
        </li>
        <li>
          <p className="font-bold">2. {m.step2}</p>
          <QrCodeBox src={setup.qrCode} alt={m.qrCodeAlt} />
          <p>
            {m.alternatively}{" "}
            {!showSecret && (
              <button type="button" className="btn-link" onClick={() => setShowSecret(true)}>
                {m.showSecretKey}
              </button>
            )}
          </p>
          {showSecret && <SecretKey seed={setup.seed} />}
        </li>
        <li>
          <p className="mb-2 font-bold">3. {m.step3}</p>
          <p className="mb-2 text-xs text-muted">{m.codeHint}</p>
          <TwoCodesFields idPrefix="mfa" tutorialTargets codes={codes} onChange={setCodes} errors={codeErrors} />
        </li>
      </ol>
    </Modal>
  );
}
