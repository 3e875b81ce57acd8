import type { MfaActions } from "@/components/mfa-wizard/types";
import {
  assignMfaAction,
  finishPasskeyRegistrationAction,
  removeMfaAction,
  resyncMfaAction,
  startMfaSetupAction,
  startPasskeyRegistrationAction,
} from "./actions";

/** The MFA components' server actions, for every page that shows them (one's own credentials, a user's page). */
export const MFA_ACTIONS: MfaActions = {
  start: startMfaSetupAction,
  assign: assignMfaAction,
  resync: resyncMfaAction,
  remove: removeMfaAction,
  startPasskey: startPasskeyRegistrationAction,
  finishPasskey: finishPasskeyRegistrationAction,
};
