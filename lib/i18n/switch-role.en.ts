/**
 * English messages of "Switch role": the account menu's items while an IAM user acts as a role, AWS's
 * Switch Role page (signin.aws.amazon.com/switchrole, 2021 wording), and what pages say to a role
 * session where they would show a user's own credentials.
 */
export const switchRoleEn = {
  switchRole: {
    menuItem: "Switch Roles",
    menuItemCurrent: "Switch role",
    heading: "Switch Role",
    intro:
      "Allows management of resources across AWS accounts using a single user ID and password. You can switch roles after your AWS administrator has configured a role and given you the account and role details.",
    account: "Account",
    accountHint: "The 12-digit account ID or the account alias.",
    role: "Role",
    roleHint: "The role's name, after its path if it has one (for example, team/Developer).",
    displayName: "Display Name",
    displayNameHint: "Shown in the navigation bar while this role is active. Defaults to the role's name.",
    color: "Color",
    colors: { red: "Red", orange: "Orange", yellow: "Yellow", green: "Green", blue: "Blue" },
    submit: "Switch Role",
    cancel: "Cancel",
    invalidInformation: "Invalid information in one or more fields. Check your information or contact your administrator.",
    accountInvalid: "Enter a 12-digit account ID or an account alias.",
    roleInvalid: "Enter a role name (letters, digits and +=,.@_- only).",
    rootNotAllowed:
      "You cannot switch roles when you sign in as the AWS account root user. Sign in as an IAM user to switch to a role.",
    currentlyActiveAs: "Currently active as:",
    switchedFrom: "Signed in as:",
    backTo: "Back to {user}",
    roleHistory: "Role history",
    topBarLabel: "{displayName} @ {account}",
    roleSessionHeading: "You are using a role",
    roleSessionCredentials:
      "You are signed in with temporary security credentials of the role {role}. Roles have no password, access keys or MFA devices of their own. To manage your security credentials, choose Back to {user} in the account menu.",
  },
};
