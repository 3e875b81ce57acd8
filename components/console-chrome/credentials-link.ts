/**
 * The account menu's way to Security credentials: `?from=account-menu` marks it, because the 2021
 * console prompted the root user there ("Continue to Security Credentials", reference §2.2).
 */
export const FROM_ACCOUNT_MENU = "account-menu";
export const CREDENTIALS_FROM_ACCOUNT_MENU = `/iam/security-credentials?from=${FROM_ACCOUNT_MENU}`;
