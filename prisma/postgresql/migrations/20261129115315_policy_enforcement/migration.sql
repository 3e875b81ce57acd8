-- Backfill before the administrator flag goes: it becomes AWS's AdministratorAccess attached, every
-- other user gets the account's copy of AWS's self-management example, and where "Require MFA for API
-- calls" is on, every user gets Force_MFA (lib/iam/lab-policies.ts makes the same for new users).
INSERT INTO "PolicyAttachment" ("id", "accountId", "policyArn", "customerPolicyId", "userId", "attachedAt")
SELECT md5(random()::text || u."id"), u."accountId", 'arn:aws:iam::aws:policy/AdministratorAccess', NULL, u."id", u."createdAt"
FROM "User" u WHERE u."isAdmin" = true
AND NOT EXISTS (SELECT 1 FROM "PolicyAttachment" x WHERE x."userId" = u."id" AND x."policyArn" = 'arn:aws:iam::aws:policy/AdministratorAccess');
INSERT INTO "ManagedPolicy" ("id", "accountId", "name", "nameKey", "path", "arn", "description", "defaultVersionId", "nextVersion", "createdAt", "updatedAt")
SELECT 'ANPA' || translate(upper(substr(md5(random()::text || a."id"), 1, 17)), '0189', 'QRST'), a."id", 'SelfManageCredentialsWithMFA', 'selfmanagecredentialswithmfa', '/', 'arn:aws:iam::' || a."id" || ':policy/SelfManageCredentialsWithMFA', 'AWS: Allows MFA-authenticated IAM users to manage their own credentials on the Security credentials page', 'v1', 2, a."createdAt", a."createdAt"
FROM "Account" a WHERE EXISTS (SELECT 1 FROM "User" u WHERE u."accountId" = a."id" AND u."isAdmin" = false)
AND NOT EXISTS (SELECT 1 FROM "ManagedPolicy" p WHERE p."accountId" = a."id" AND p."nameKey" = 'selfmanagecredentialswithmfa');
INSERT INTO "PolicyVersion" ("policyId", "versionId", "document", "createdAt")
SELECT p."id", 'v1', '{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "AllowViewAccountInfo",
            "Effect": "Allow",
            "Action": [
                "iam:GetAccountPasswordPolicy",
                "iam:GetAccountSummary",
                "iam:ListVirtualMFADevices"
            ],
            "Resource": "*"
        },
        {
            "Sid": "AllowManageOwnPasswords",
            "Effect": "Allow",
            "Action": [
                "iam:ChangePassword",
                "iam:GetUser"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnAccessKeys",
            "Effect": "Allow",
            "Action": [
                "iam:CreateAccessKey",
                "iam:DeleteAccessKey",
                "iam:ListAccessKeys",
                "iam:UpdateAccessKey"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnSigningCertificates",
            "Effect": "Allow",
            "Action": [
                "iam:DeleteSigningCertificate",
                "iam:ListSigningCertificates",
                "iam:UpdateSigningCertificate",
                "iam:UploadSigningCertificate"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnSSHPublicKeys",
            "Effect": "Allow",
            "Action": [
                "iam:DeleteSSHPublicKey",
                "iam:GetSSHPublicKey",
                "iam:ListSSHPublicKeys",
                "iam:UpdateSSHPublicKey",
                "iam:UploadSSHPublicKey"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnGitCredentials",
            "Effect": "Allow",
            "Action": [
                "iam:CreateServiceSpecificCredential",
                "iam:DeleteServiceSpecificCredential",
                "iam:ListServiceSpecificCredentials",
                "iam:ResetServiceSpecificCredential",
                "iam:UpdateServiceSpecificCredential"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnVirtualMFADevice",
            "Effect": "Allow",
            "Action": [
                "iam:CreateVirtualMFADevice",
                "iam:DeleteVirtualMFADevice"
            ],
            "Resource": "arn:aws:iam::*:mfa/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnUserMFA",
            "Effect": "Allow",
            "Action": [
                "iam:DeactivateMFADevice",
                "iam:EnableMFADevice",
                "iam:ListMFADevices",
                "iam:ResyncMFADevice"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "DenyAllExceptListedIfNoMFA",
            "Effect": "Deny",
            "NotAction": [
                "iam:CreateVirtualMFADevice",
                "iam:EnableMFADevice",
                "iam:GetUser",
                "iam:ListMFADevices",
                "iam:ListVirtualMFADevices",
                "iam:ResyncMFADevice",
                "sts:GetSessionToken"
            ],
            "Resource": "*",
            "Condition": {
                "BoolIfExists": {
                    "aws:MultiFactorAuthPresent": "false"
                }
            }
        }
    ]
}', p."createdAt" FROM "ManagedPolicy" p
WHERE p."nameKey" = 'selfmanagecredentialswithmfa' AND NOT EXISTS (SELECT 1 FROM "PolicyVersion" v WHERE v."policyId" = p."id");
INSERT INTO "PolicyAttachment" ("id", "accountId", "policyArn", "customerPolicyId", "userId", "attachedAt")
SELECT md5(random()::text || u."id"), u."accountId", p."arn", p."id", u."id", u."createdAt"
FROM "User" u JOIN "ManagedPolicy" p ON p."accountId" = u."accountId" AND p."nameKey" = 'selfmanagecredentialswithmfa'
WHERE u."isAdmin" = false AND NOT EXISTS (SELECT 1 FROM "PolicyAttachment" x WHERE x."userId" = u."id" AND x."policyArn" = p."arn");
INSERT INTO "ManagedPolicy" ("id", "accountId", "name", "nameKey", "path", "arn", "description", "defaultVersionId", "nextVersion", "createdAt", "updatedAt")
SELECT 'ANPA' || translate(upper(substr(md5(random()::text || a."id"), 1, 17)), '0189', 'QRST'), a."id", 'Force_MFA', 'force_mfa', '/', 'arn:aws:iam::' || a."id" || ':policy/Force_MFA', 'Require MFA for API calls: denies everything but setting up MFA until the user signs in with it', 'v1', 2, a."createdAt", a."createdAt"
FROM "Account" a WHERE a."requireMfaForApi" = true AND EXISTS (SELECT 1 FROM "User" u WHERE u."accountId" = a."id")
AND NOT EXISTS (SELECT 1 FROM "ManagedPolicy" p WHERE p."accountId" = a."id" AND p."nameKey" = 'force_mfa');
INSERT INTO "PolicyVersion" ("policyId", "versionId", "document", "createdAt")
SELECT p."id", 'v1', '{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "AllowViewAccountInfo",
            "Effect": "Allow",
            "Action": [
                "iam:GetAccountPasswordPolicy",
                "iam:GetAccountSummary",
                "iam:ListVirtualMFADevices"
            ],
            "Resource": "*"
        },
        {
            "Sid": "AllowManageOwnPasswords",
            "Effect": "Allow",
            "Action": [
                "iam:ChangePassword",
                "iam:GetUser"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnAccessKeys",
            "Effect": "Allow",
            "Action": [
                "iam:CreateAccessKey",
                "iam:DeleteAccessKey",
                "iam:ListAccessKeys",
                "iam:UpdateAccessKey"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnSigningCertificates",
            "Effect": "Allow",
            "Action": [
                "iam:DeleteSigningCertificate",
                "iam:ListSigningCertificates",
                "iam:UpdateSigningCertificate",
                "iam:UploadSigningCertificate"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnSSHPublicKeys",
            "Effect": "Allow",
            "Action": [
                "iam:DeleteSSHPublicKey",
                "iam:GetSSHPublicKey",
                "iam:ListSSHPublicKeys",
                "iam:UpdateSSHPublicKey",
                "iam:UploadSSHPublicKey"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnGitCredentials",
            "Effect": "Allow",
            "Action": [
                "iam:CreateServiceSpecificCredential",
                "iam:DeleteServiceSpecificCredential",
                "iam:ListServiceSpecificCredentials",
                "iam:ResetServiceSpecificCredential",
                "iam:UpdateServiceSpecificCredential"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnVirtualMFADevice",
            "Effect": "Allow",
            "Action": [
                "iam:CreateVirtualMFADevice",
                "iam:DeleteVirtualMFADevice"
            ],
            "Resource": "arn:aws:iam::*:mfa/${aws:username}"
        },
        {
            "Sid": "AllowManageOwnUserMFA",
            "Effect": "Allow",
            "Action": [
                "iam:DeactivateMFADevice",
                "iam:EnableMFADevice",
                "iam:ListMFADevices",
                "iam:ResyncMFADevice"
            ],
            "Resource": "arn:aws:iam::*:user/${aws:username}"
        },
        {
            "Sid": "DenyAllExceptListedIfNoMFA",
            "Effect": "Deny",
            "NotAction": [
                "iam:CreateVirtualMFADevice",
                "iam:EnableMFADevice",
                "iam:GetUser",
                "iam:ListMFADevices",
                "iam:ListVirtualMFADevices",
                "iam:ResyncMFADevice",
                "sts:GetSessionToken"
            ],
            "Resource": "*",
            "Condition": {
                "BoolIfExists": {
                    "aws:MultiFactorAuthPresent": "false"
                }
            }
        }
    ]
}', p."createdAt" FROM "ManagedPolicy" p
WHERE p."nameKey" = 'force_mfa' AND NOT EXISTS (SELECT 1 FROM "PolicyVersion" v WHERE v."policyId" = p."id");
INSERT INTO "PolicyAttachment" ("id", "accountId", "policyArn", "customerPolicyId", "userId", "attachedAt")
SELECT md5(random()::text || u."id"), u."accountId", p."arn", p."id", u."id", u."createdAt"
FROM "User" u JOIN "ManagedPolicy" p ON p."accountId" = u."accountId" AND p."nameKey" = 'force_mfa'
WHERE EXISTS (SELECT 1 FROM "Account" a WHERE a."id" = u."accountId" AND a."requireMfaForApi" = true) AND NOT EXISTS (SELECT 1 FROM "PolicyAttachment" x WHERE x."userId" = u."id" AND x."policyArn" = p."arn");


-- AlterTable
ALTER TABLE "User" DROP COLUMN "isAdmin";
