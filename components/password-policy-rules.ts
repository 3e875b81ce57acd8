import type { PasswordPolicy } from "@/lib/iam/password-policy";
import type { Messages } from "@/lib/i18n/en";
import { format, type Locale } from "@/lib/i18n/messages";

/**
 * A password policy as the console words it, one requirement a line: AWS's default when `policy` is
 * null (the root user's passwords, and an account without a policy).
 */
export function passwordPolicyRules(m: Messages["passwordPolicy"], policy: PasswordPolicy | null, locale: Locale): string[] {
  if (!policy) return [m.ruleDefault];
  return [
    format(m.ruleLength, { n: policy.minimumPasswordLength }, locale),
    ...(policy.requireUppercaseCharacters ? [m.ruleUppercase] : []),
    ...(policy.requireLowercaseCharacters ? [m.ruleLowercase] : []),
    ...(policy.requireNumbers ? [m.ruleNumbers] : []),
    ...(policy.requireSymbols ? [m.ruleSymbols] : []),
    ...(policy.passwordReusePrevention ? [format(m.ruleReuse, { n: policy.passwordReusePrevention }, locale)] : []),
  ];
}
