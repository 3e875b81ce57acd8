import "server-only";
import { operationTable } from "../operation";
import { IDENTITY_OPERATIONS } from "./identity";
import { ROLE_SESSION_OPERATIONS } from "./roles";
import { SESSION_TOKEN_OPERATIONS } from "./session-tokens";

/** Every STS action the lab answers, by Action, assembled from the areas' tables in this folder. */
export const STS_OPERATIONS = operationTable(SESSION_TOKEN_OPERATIONS, ROLE_SESSION_OPERATIONS, IDENTITY_OPERATIONS);
