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

/**
 * A passkey's or security key's serial number: arn:aws:iam::<account>:u2f/root/<name>-<id> for the root
 * user, …:u2f/user/<user name>/<name>-<id> for an IAM user, where <id> is 26 upper-case base32
 * characters AWS adds so that names may repeat (as in AWS's examples and ListMFADevices answers).
 */
export function fidoSerialNumber(accountId: string, owner: { userName: string } | "root", name: string, id: string): string {
  return `arn:aws:iam::${accountId}:u2f/${owner === "root" ? "root" : `user/${owner.userName}`}/${name}-${id}`;
}

/** arn:aws:iam::<account>:group<path><name> */
export function groupArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:group${path}${name}`;
}

/** A customer managed policy: arn:aws:iam::<account>:policy<path><name>. */
export function policyArn(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:policy${path}${name}`;
}
