"use client";

import { useState, useTransition } from "react";
import { Alert } from "@/components/alert";
import { ErrorInView } from "@/components/error-in-view";
import { FormField } from "@/components/form-field";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Modal } from "@/components/modal";
import { RadioChoice } from "@/components/radio-choice";
import { SecretKey } from "@/components/mfa-wizard/secret-key";
import { type CodePair, codePairErrors, TwoCodesFields } from "@/components/mfa-wizard/two-codes-fields";
import type { MfaActions, MfaSetup, PasskeyStart } from "@/components/mfa-wizard/types";
import { type CeremonyFailure, createCredential } from "@/components/passkey/browser-webauthn";
import { isDeviceName } from "@/lib/iam/device-name";
import { CompatibleAppsLinks, QrCodeBox } from "@/components/mfa-wizard/authenticator-setup";
import { IAM, satisfies } from "@/lib/iam/constraints";
import { format, lookup } from "@/lib/i18n/messages";

export type DeviceOption = "fido" | "virtual" | "hardware";
type Step = { name: "select" } | { name: "virtual"; setup: MfaSetup } | { name: "fido"; start: PasskeyStart } | { name: "hardware" };

/**
 * The current console's "Assign MFA device" (since 2022-11): step 1 "Select MFA device" (a device name,
 * one of the three device options, Next), step 2 "Set up device" for that option, then Add MFA, which
 * closes the wizard and lets the page say "MFA device assigned".
 */
export function AssignMfaWizard({
  actions,
  userName,
  limit,
  practiceAuthenticator,
  onAssigned,
  onClose,
}: {
  actions: MfaActions;
  /** An IAM user whose MFA an administrator sets up; absent for the signed-in principal's own. */
  userName?: string;
  /** The account's device limit, for the quota's message. */
  limit: number;
  practiceAuthenticator: boolean;
  onAssigned: () => void;
  onClose: () => void;
}) {
  const { locale, messages } = useI18n();
  const m = messages.assignMfa;
  const [step, setStep] = useState<Step>({ name: "select" });
  const [deviceName, setDeviceName] = useState("");
  const [option, setOption] = useState<DeviceOption | null>(null);
  const [nameError, setNameError] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const [codes, setCodes] = useState<CodePair>({ code1: "", code2: "" });
  const [codeErrors, setCodeErrors] = useState<ReturnType<typeof codePairErrors>>({});
  const [serialNumber, setSerialNumber] = useState("");
  const [serialError, setSerialError] = useState<string>();
  const [showSecret, setShowSecret] = useState(false);
  const [passkeyTried, setPasskeyTried] = useState(false);

  /** A domain error as this wizard words it. */
  const describe = (key: string) => {
    if (key === "iamErrors.LimitExceeded") return format(messages.mfaPanel.limitReached, { limit }, locale);
    if (key === "iamErrors.NoSuchEntity" && step.name === "hardware") return m.hardwareNotFound;
    return lookup(messages, key);
  };
  const ceremonyMessage = (reason: CeremonyFailure | "expired" | "invalid") =>
    ({
      insecure: m.passkeyInsecure,
      unsupported: m.passkeyUnsupported,
      cancelled: m.passkeyCancelled,
      duplicate: m.passkeyAlreadyRegistered,
      failed: m.passkeyFailed,
      expired: m.passkeyFailed,
      invalid: m.passkeyFailed,
    })[reason];

  const toStep = (next: Step) => {
    setError(undefined);
    setCodes({ code1: "", code2: "" });
    setCodeErrors({});
    setShowSecret(false);
    setPasskeyTried(false);
    setStep(next);
  };

  const next = () => {
    const name = deviceName.trim();
    if (!isDeviceName(name)) return setNameError(m.deviceNameHint);
    setNameError(undefined);
    setError(undefined);
    if (option === "hardware") return toStep({ name: "hardware" });
    startTransition(async () => {
      if (option === "virtual") {
        const result = await actions.start({ userName, deviceName: name });
        if (!result.ok) {
          if (result.error === "iamErrors.EntityAlreadyExists") return setNameError(m.deviceNameTaken);
          return setError(describe(result.error));
        }
        return toStep({ name: "virtual", setup: result.data });
      }
      const result = await actions.startPasskey({ userName, deviceName: name });
      if (!result.ok) return setError(describe(result.error));
      toStep({ name: "fido", start: result.data });
    });
  };

  const addPasskey = (start: PasskeyStart) =>
    startTransition(async () => {
      setError(undefined);
      // A ceremony is good once: a second try asks the server for a new challenge.
      const fresh = passkeyTried ? await actions.startPasskey({ userName, deviceName: deviceName.trim() }) : { ok: true as const, data: start };
      setPasskeyTried(true);
      if (!fresh.ok) return setError(describe(fresh.error));
      if ("unavailable" in fresh.data) return setStep({ name: "fido", start: fresh.data });
      const created = await createCredential(fresh.data.options);
      if (!created.ok) return setError(ceremonyMessage(created.reason));
      const result = await actions.finishPasskey({ userName, response: created.response });
      if (!result.ok) return setError(describe(result.error));
      if ("failed" in result.data) return setError(ceremonyMessage(result.data.failed));
      onAssigned();
    });

  const addWithCodes = (serial: string) => {
    const errors = codePairErrors(codes);
    setCodeErrors(errors);
    const serialBad = step.name === "hardware" && !satisfies(IAM.serialNumber, serial);
    setSerialError(serialBad ? m.serialNumberInvalid : undefined);
    if (Object.keys(errors).length > 0 || serialBad) return;
    // Outside the transition, so the last error goes before the answer comes: a repeated error is new.
    setError(undefined);
    startTransition(async () => {
      const result = await actions.assign({ userName, serialNumber: serial, code1: codes.code1.trim(), code2: codes.code2.trim() });
      if (!result.ok) return setError(describe(result.error));
      onAssigned();
    });
  };

  const cancel = (
    <button type="button" className="btn-link px-4" onClick={onClose}>
      {messages.common.cancel}
    </button>
  );
  const errorAlert = error && (
    <ErrorInView>
      {error}
      {error === messages.iamErrors.InvalidAuthenticationCode && <span className="mt-1 block text-xs">{messages.mfaWizard.clockHint}</span>}
    </ErrorInView>
  );

  if (step.name === "select") {
    const options: { value: DeviceOption; label: string; description: string; tutorial: string }[] = [
      { value: "fido", label: m.passkey, description: m.passkeyDescription, tutorial: "option-passkey" },
      { value: "virtual", label: m.authenticatorApp, description: m.authenticatorAppDescription, tutorial: "option-authenticator-app" },
      { value: "hardware", label: m.hardwareToken, description: m.hardwareTokenDescription, tutorial: "option-hardware-token" },
    ];
    return (
      <Modal
        title={m.title}
        onClose={onClose}
        tutorialTarget="select-mfa-device"
        footer={
          <>
            {cancel}
            <button type="button" className="btn-primary" data-tutorial="next" disabled={!option || pending} onClick={next}>
              {m.next}
            </button>
          </>
        }
      >
        <p className="text-xs text-muted">{format(m.stepOf, { step: 1 })}</p>
        <h3 className="mb-3 text-lg font-bold">{m.selectTitle}</h3>
        {errorAlert}
        <h4 className="mb-2 font-bold">{m.deviceDetails}</h4>
        <FormField
          id="device-name"
          label={m.deviceName}
          hint={`${m.deviceNameDescription} ${m.deviceNameHint}`}
          value={deviceName}
          maxLength={128}
          autoComplete="off"
          data-tutorial="device-name"
          error={nameError}
          onChange={(event) => setDeviceName(event.target.value)}
        />
        <fieldset>
          <legend className="font-bold">{m.deviceOptions}</legend>
          <p className="mb-3 text-xs text-muted">{m.deviceOptionsDescription}</p>
          {options.map(({ value, label, description, tutorial }) => (
            <RadioChoice
              key={value}
              boxed
              name="device-option"
              value={value}
              checked={option === value}
              onChange={() => setOption(value)}
              label={label}
              description={description}
              tutorial={tutorial}
            />
          ))}
        </fieldset>
      </Modal>
    );
  }

  const optionLabel = { virtual: m.authenticatorApp, fido: m.passkey, hardware: m.hardwareToken }[step.name];
  const addDisabled = pending || (step.name === "fido" && "unavailable" in step.start);
  return (
    <Modal
      title={m.title}
      onClose={onClose}
      tutorialTarget="set-up-device"
      footer={
        <>
          {cancel}
          <button type="button" className="btn-normal" onClick={() => toStep({ name: "select" })}>
            {messages.common.previous}
          </button>
          <button
            type="button"
            className="btn-primary"
            data-tutorial="add-mfa"
            disabled={addDisabled}
            onClick={() => {
              if (step.name === "fido") addPasskey(step.start);
              else addWithCodes(step.name === "virtual" ? step.setup.serialNumber : serialNumber.trim());
            }}
          >
            {m.addMfa}
          </button>
        </>
      }
    >
      <p className="text-xs text-muted">{format(m.stepOf, { step: 2 })}</p>
      <h3 className="text-lg font-bold">{m.setUpTitle}</h3>
      <p className="mb-3 text-muted">
        {optionLabel}: <span className="font-mono">{deviceName.trim()}</span>
      </p>
      {errorAlert}
      {step.name === "virtual" && (
        <ol className="space-y-5">
          <li>
            <p>1. {m.appStep1}</p>
            <CompatibleAppsLinks practiceAuthenticator={practiceAuthenticator} />
          </li>
          <li>
            <p>2. {m.appStep2}</p>
            <QrCodeBox src={step.setup.qrCode} alt={format(m.qrCodeAlt, { name: deviceName.trim() })} />
            {!showSecret && (
              <button type="button" className="btn-link" onClick={() => setShowSecret(true)}>
                {messages.mfaWizard.showSecretKey}
              </button>
            )}
            {showSecret && <SecretKey seed={step.setup.seed} />}
          </li>
          <li>
            <p className="mb-2">3. {m.appStep3}</p>
            <TwoCodesFields idPrefix="mfa" tutorialTargets codes={codes} onChange={setCodes} errors={codeErrors} />
          </li>
        </ol>
      )}
      {step.name === "fido" &&
        ("unavailable" in step.start ? (
          <Alert tone="error">{format(m.passkeyIpAddress, { port: window.location.port || "3000" })}</Alert>
        ) : (
          <p data-tutorial="passkey-instructions">{pending ? m.passkeyWaiting : m.passkeyIntro}</p>
        ))}
      {step.name === "hardware" && (
        <>
          <p className="mb-3">{m.hardwareIntro}</p>
          <FormField
            id="serial-number"
            label={m.serialNumber}
            hint={m.serialNumberDescription}
            value={serialNumber}
            autoComplete="off"
            spellCheck={false}
            data-tutorial="serial-number"
            error={serialError}
            onChange={(event) => setSerialNumber(event.target.value)}
          />
          <TwoCodesFields idPrefix="mfa" tutorialTargets codes={codes} onChange={setCodes} errors={codeErrors} />
          {practiceAuthenticator && (
            <a href="/authenticator#practice-tokens" target="_blank" rel="noreferrer" className="text-xs">
              {m.practiceTokens}
            </a>
          )}
        </>
      )}
    </Modal>
  );
}
