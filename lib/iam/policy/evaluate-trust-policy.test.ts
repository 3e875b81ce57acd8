import { describe, expect, it } from "vitest";
import { SOURCES } from "./aws-example-policies";
import { type CompiledPolicy, compilePolicyText } from "./compile-policy";
import { evaluateIdentityPolicies, type IdentityDecision } from "./evaluate-identity-policies";
import { decideAssumeRole, evaluateTrustPolicy } from "./evaluate-trust-policy";
import type { AuthorizationRequest, RequestPrincipal } from "./request-context";

// sts:AssumeRole on a role of the caller's account ("AWS JSON policy elements: Principal"; "Policy
// evaluation logic").

const ACCOUNT = "123456789012";
const ROLE = `arn:aws:iam::${ACCOUNT}:role/Admin`;
const NOW = new Date("2026-03-01T10:00:00Z");
const bob: RequestPrincipal = { type: "user", accountId: ACCOUNT, userName: "Bob", userId: "AIDAEXAMPLEBOB0000001", path: "/" };
const alice: RequestPrincipal = { ...bob, userName: "Alice", userId: "AIDAEXAMPLEALICE00001" };
const stranger: RequestPrincipal = { ...bob, accountId: "210987654321" };
const deployer: RequestPrincipal = { type: "role-session", accountId: ACCOUNT, roleName: "Deployer", roleId: "AROAEXAMPLEDEPLOY0001", path: "/ci/", sessionName: "build-7" };

const trust = (...statements: object[]): CompiledPolicy =>
  compilePolicyText(JSON.stringify({ Version: "2012-10-17", Statement: statements }), "trust", { type: "trust", roleArn: ROLE });
const allow = (principal: object, extra: object = {}) => ({ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", ...extra });
const request = (principal: RequestPrincipal, extra: Partial<AuthorizationRequest> = {}): AuthorizationRequest => ({
  principal,
  action: "sts:AssumeRole",
  resource: ROLE,
  now: NOW,
  ...extra,
});
const mayAssume = compilePolicyText(JSON.stringify({ Version: "2012-10-17", Statement: { Effect: "Allow", Action: "sts:AssumeRole", Resource: ROLE } }), "managed", {
  type: "managed",
  arn: `arn:aws:iam::${ACCOUNT}:policy/MayAssumeAdmin`,
});
const decide = (policy: CompiledPolicy, principal: RequestPrincipal, identity: CompiledPolicy[] = [], extra: Partial<AuthorizationRequest> = {}) =>
  decideAssumeRole(evaluateTrustPolicy(policy, request(principal, extra)), evaluateIdentityPolicies(identity, request(principal, extra))).decision;

describe(`trust policies (${SOURCES.principal})`, () => {
  it("a user named by ARN may assume the role without an identity-based permission", () => {
    expect(decide(trust(allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` })), bob)).toBe("Allow");
    expect(decide(trust(allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` })), alice)).toBe("TrustPolicyDeny");
  });

  it("the account, by id or root ARN, delegates to the identity-based policies", () => {
    for (const account of [ACCOUNT, `arn:aws:iam::${ACCOUNT}:root`]) {
      expect(decide(trust(allow({ AWS: account })), bob)).toBe("ImplicitDeny");
      expect(decide(trust(allow({ AWS: account })), bob, [mayAssume])).toBe("Allow");
      expect(decide(trust(allow({ AWS: account })), stranger, [mayAssume])).toBe("TrustPolicyDeny");
    }
  });

  it("everyone ({\"AWS\": \"*\"}) with a condition", () => {
    const everyoneInAccount = trust(allow({ AWS: "*" }, { Condition: { StringEquals: { "aws:PrincipalAccount": ACCOUNT } } }));
    expect(decide(everyoneInAccount, alice)).toBe("Allow");
    expect(decide(everyoneInAccount, stranger)).toBe("TrustPolicyDeny");
  });

  it("a role requiring MFA: only a session signed in with MFA", () => {
    const requiresMfa = trust(allow({ AWS: ACCOUNT }, { Condition: { Bool: { "aws:MultiFactorAuthPresent": "true" } } }));
    const mfaSession = { session: { issuedAt: NOW, mfaAuthenticatedAt: NOW } };
    expect(decide(requiresMfa, bob, [mayAssume])).toBe("TrustPolicyDeny");
    expect(decide(requiresMfa, bob, [mayAssume], { session: { issuedAt: NOW, mfaAuthenticatedAt: null } })).toBe("TrustPolicyDeny");
    expect(decide(requiresMfa, bob, [mayAssume], mfaSession)).toBe("Allow");
  });

  it("a role session is named by its role's ARN, its own STS ARN or the role's id", () => {
    for (const name of [`arn:aws:iam::${ACCOUNT}:role/ci/Deployer`, `arn:aws:sts::${ACCOUNT}:assumed-role/Deployer/build-7`, "AROAEXAMPLEDEPLOY0001"]) {
      expect(decide(trust(allow({ AWS: name })), deployer), name).toBe("Allow");
    }
    expect(decide(trust(allow({ AWS: `arn:aws:sts::${ACCOUNT}:assumed-role/Deployer/other` })), deployer)).toBe("TrustPolicyDeny");
  });

  it("a service principal does not cover IAM users", () => {
    expect(decide(trust(allow({ Service: "ec2.amazonaws.com" })), bob, [mayAssume])).toBe("TrustPolicyDeny");
  });

  it("a Deny statement, with Principal or NotPrincipal, refuses", () => {
    const denyBob = trust(allow({ AWS: ACCOUNT }), { Effect: "Deny", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` }, Action: "sts:AssumeRole" });
    expect(decide(denyBob, bob, [mayAssume])).toBe("TrustPolicyDeny");
    expect(decide(denyBob, alice, [mayAssume])).toBe("Allow");
    const onlyBob = trust(allow({ AWS: ACCOUNT }), { Effect: "Deny", NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` }, Action: "sts:AssumeRole" });
    expect(decide(onlyBob, bob, [mayAssume])).toBe("Allow");
    expect(decide(onlyBob, alice, [mayAssume])).toBe("TrustPolicyDeny");
  });

  it("an explicit deny in the caller's identity-based policies refuses even a trust policy naming the caller", () => {
    const denyAssume = compilePolicyText(JSON.stringify({ Version: "2012-10-17", Statement: { Effect: "Deny", Action: "sts:*", Resource: "*" } }), "inline", { type: "inline", name: "NoSts" });
    expect(decide(trust(allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` })), bob, [denyAssume])).toBe("ExplicitDeny");
  });

  it("the trust policy's actions decide which STS action it allows", () => {
    const tagOnly = trust(allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` }, { Action: "sts:TagSession" }));
    expect(decide(tagOnly, bob)).toBe("TrustPolicyDeny");
    expect(evaluateTrustPolicy(tagOnly, request(bob, { action: "sts:TagSession" })).decision).toBe("Allow");
  });

  it("prefers the statement naming the caller over one naming its account", () => {
    const both = trust({ Sid: "Account", ...allow({ AWS: ACCOUNT }) }, { Sid: "Bob", ...allow({ AWS: `arn:aws:iam::${ACCOUNT}:user/Bob` }) });
    expect(evaluateTrustPolicy(both, request(bob))).toEqual({
      decision: "Allow",
      via: "principal",
      statement: { source: { type: "trust", roleArn: ROLE }, index: 1, sid: "Bob" },
    });
  });
});

describe("decideAssumeRole", () => {
  const allowed: IdentityDecision = { decision: "Allow", root: true };
  it("passes an explicit identity deny on as it is, for the message", () => {
    const explicit: IdentityDecision = { decision: "ExplicitDeny", statement: { source: { type: "inline", name: "X" }, index: 0 } };
    expect(decideAssumeRole({ decision: "ImplicitDeny" }, explicit)).toBe(explicit);
    expect(decideAssumeRole({ decision: "ImplicitDeny" }, allowed)).toEqual({ decision: "TrustPolicyDeny" });
  });
});
