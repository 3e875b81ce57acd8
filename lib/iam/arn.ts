export const ROOT_PRINCIPAL_KEY = "root";

export function rootArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:root`;
}

/** arn:aws:iam::<account>:user<path><name>; the path starts and ends with "/". */
export function userArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:user${path}${name}`;
}

/** A virtual MFA device's serial number: arn:aws:iam::<account>:mfa<path><name>. */
export function mfaSerialNumber(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:mfa${path}${name}`;
}
