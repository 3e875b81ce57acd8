import "server-only";
import { operationTable } from "../operation";
import { ACCESS_KEY_OPERATIONS } from "./access-keys";
import { ACCOUNT_OPERATIONS } from "./account";
import { AUTHORIZATION_DETAILS_OPERATIONS } from "./authorization-details";
import { CREDENTIAL_REPORT_OPERATIONS } from "./credential-report";
import { GROUP_OPERATIONS } from "./groups";
import { INLINE_POLICY_OPERATIONS } from "./inline-policies";
import { LOGIN_PROFILE_OPERATIONS } from "./login-profiles";
import { MFA_DEVICE_OPERATIONS } from "./mfa-devices";
import { PASSWORD_POLICY_OPERATIONS } from "./password-policy";
import { POLICY_OPERATIONS } from "./policies";
import { POLICY_ATTACHMENT_OPERATIONS } from "./policy-attachments";
import { ROLE_OPERATIONS } from "./roles";
import { SERVICE_SPECIFIC_CREDENTIAL_OPERATIONS } from "./service-specific-credentials";
import { SIGNING_CERTIFICATE_OPERATIONS } from "./signing-certificates";
import { SSH_PUBLIC_KEY_OPERATIONS } from "./ssh-public-keys";
import { USER_OPERATIONS } from "./users";

/**
 * Every IAM action the lab answers, by Action. Each area of IAM has its table in this folder; an
 * operation parses its parameters (./params.ts) and calls one lib/iam function.
 */
export const IAM_OPERATIONS = operationTable(
  MFA_DEVICE_OPERATIONS,
  USER_OPERATIONS,
  LOGIN_PROFILE_OPERATIONS,
  PASSWORD_POLICY_OPERATIONS,
  ACCESS_KEY_OPERATIONS,
  SIGNING_CERTIFICATE_OPERATIONS,
  SSH_PUBLIC_KEY_OPERATIONS,
  SERVICE_SPECIFIC_CREDENTIAL_OPERATIONS,
  CREDENTIAL_REPORT_OPERATIONS,
  ACCOUNT_OPERATIONS,
  GROUP_OPERATIONS,
  POLICY_OPERATIONS,
  POLICY_ATTACHMENT_OPERATIONS,
  INLINE_POLICY_OPERATIONS,
  AUTHORIZATION_DETAILS_OPERATIONS,
  ROLE_OPERATIONS,
);
