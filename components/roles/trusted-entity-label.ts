import type { Messages } from "@/lib/i18n/en";
import { format } from "@/lib/i18n/messages";
import { parsePolicyDocument } from "@/lib/iam/policy/parse-policy-document";
import { type TrustedEntity, trustedEntitiesOf } from "@/lib/iam/policy/trusted-entities";

/** A trusted entity as the Roles list words it: "Account: 123456789012", "AWS service: ec2", or the principal's ARN. */
export function trustedEntityLabel(entity: TrustedEntity, messages: Messages): string {
  const m = messages.roles.entity;
  switch (entity.kind) {
    case "account":
      return format(m.account, { id: entity.accountId });
    case "service":
      return format(m.service, { service: entity.service });
    case "identity-provider":
      return format(m["identity-provider"], { provider: entity.provider });
    case "everyone":
      return m.everyone;
    case "principal":
      return entity.arn;
  }
}

/** The trusted entities of a stored trust policy (IAM checked it when it was stored). */
export function trustedEntitiesOfDocument(document: string): TrustedEntity[] {
  const parsed = parsePolicyDocument(document, "trust");
  return parsed.ok ? trustedEntitiesOf(parsed.policy) : [];
}
