/** English messages of the administration pages: users, account settings, devices, event history. */
export const adminEn = {
  users: {
    heading: "Users",
    userName: "User name",
    mfa: "MFA",
    passwordAge: "Password age",
    created: "Created",
    administrator: "Administrator",
    notEnabled: "Not enabled",
    virtual: "Virtual",
    empty: "No users in this account.",
    days: "{count} days",
    today: "Today",
  },
  accountSettings: {
    heading: "Account settings",
    accountId: "Account ID",
    accountName: "Account name",
    alias: "Account alias",
    noAlias: "None",
    rootEmail: "Root user email address",
  },
} as const;
