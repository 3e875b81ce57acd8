import { IAM_ERROR_STATUS, type IamErrorCode, isIamError } from "../iam/errors";

/** Errors of the Query protocol door itself (signature, action, parameters), with AWS's codes and statuses. */
const PROTOCOL_ERROR_STATUS = {
  MissingAuthenticationToken: 403,
  InvalidClientTokenId: 403,
  SignatureDoesNotMatch: 403,
  IncompleteSignature: 400,
  InvalidAction: 400,
  MissingAction: 400,
  InvalidParameterValue: 400,
  RequestEntityTooLarge: 413,
} as const;

export type QueryErrorCode = IamErrorCode | keyof typeof PROTOCOL_ERROR_STATUS;

export class QueryError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "QueryError";
  }

  get status(): number {
    return this.code in PROTOCOL_ERROR_STATUS
      ? PROTOCOL_ERROR_STATUS[this.code as keyof typeof PROTOCOL_ERROR_STATUS]
      : IAM_ERROR_STATUS[this.code as IamErrorCode];
  }

  /** AWS's error Type: Receiver for the service's own failures, Sender for everything the caller did. */
  get type(): "Sender" | "Receiver" {
    return this.status >= 500 ? "Receiver" : "Sender";
  }
}

/** The one mapping of this door: domain errors keep their code and message; anything else is a ServiceFailure. */
export function toQueryError(error: unknown): QueryError | null {
  if (error instanceof QueryError) return error;
  if (isIamError(error)) return new QueryError(error.code, error.message);
  return null;
}

export const SIGNATURE_MISMATCH =
  "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";
