// The trust policy the 2021 console's Create role wizard writes for "Another AWS account": the account's
// root as principal, sts:AssumeRole, and a Condition block for each option chosen: "Require external ID"
// (StringEquals sts:ExternalId) and "Require MFA" (Bool aws:MultiFactorAuthPresent "true"), in that
// order, printed with two spaces as the wizard's JSON view shows it.

export type AccountTrustOptions = { accountId: string; externalId?: string; requireMfa: boolean };

export function accountTrustPolicy({ accountId, externalId, requireMfa }: AccountTrustOptions): string {
  const condition = {
    ...(externalId ? { StringEquals: { "sts:ExternalId": externalId } } : {}),
    ...(requireMfa ? { Bool: { "aws:MultiFactorAuthPresent": "true" } } : {}),
  };
  const statement = {
    Effect: "Allow",
    Principal: { AWS: `arn:aws:iam::${accountId}:root` },
    Action: "sts:AssumeRole",
    ...(Object.keys(condition).length ? { Condition: condition } : {}),
  };
  return JSON.stringify({ Version: "2012-10-17", Statement: [statement] }, null, 2);
}
