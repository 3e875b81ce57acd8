/** An MFA code as AWS takes it: exactly six digits. Shared by the forms, the schemas and the checks. */
export const MFA_CODE_PATTERN = /^\d{6}$/;

export function isMfaCode(value: string): boolean {
  return MFA_CODE_PATTERN.test(value);
}
