import "server-only";
import { operationTable } from "../operation";
import { IDENTITY_OPERATIONS } from "./identity";
import { SESSION_TOKEN_OPERATIONS } from "./session-tokens";

/** Every STS action the lab answers, by Action, assembled from the areas' tables in this folder. */
export const STS_OPERATIONS = operationTable(SESSION_TOKEN_OPERATIONS, IDENTITY_OPERATIONS);
