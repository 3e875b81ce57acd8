import "server-only";
import { operationTable } from "../operation";
import { ACCESS_KEY_OPERATIONS } from "./access-keys";
import { ACCOUNT_OPERATIONS } from "./account";
import { LOGIN_PROFILE_OPERATIONS } from "./login-profiles";
import { MFA_DEVICE_OPERATIONS } from "./mfa-devices";
import { USER_OPERATIONS } from "./users";

/**
 * Every IAM action the lab answers, by Action. Each area of IAM has its table in this folder; an
 * operation parses its parameters (./params.ts) and calls one lib/iam function.
 */
export const IAM_OPERATIONS = operationTable(MFA_DEVICE_OPERATIONS, USER_OPERATIONS, LOGIN_PROFILE_OPERATIONS, ACCESS_KEY_OPERATIONS, ACCOUNT_OPERATIONS);
