/** AWS's list of compatible authenticator apps, which both consoles' set-up steps link to. */
export const COMPATIBLE_APPS_URL = "https://aws.amazon.com/iam/features/mfa/";
