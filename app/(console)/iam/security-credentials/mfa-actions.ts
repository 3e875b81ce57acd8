import type { MfaActions } from "@/components/mfa-wizard/types";
import { assignMfaAction, removeMfaAction, resyncMfaAction, startMfaSetupAction } from "./actions";

/** The MFA components' server actions, for every page that shows them (one's own credentials, a user's page). */
export const MFA_ACTIONS: MfaActions = { start: startMfaSetupAction, assign: assignMfaAction, resync: resyncMfaAction, remove: removeMfaAction };
