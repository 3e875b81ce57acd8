/** The AWS error codes the mock IAM raises, each with the HTTP status AWS's service model gives it. */
export const IAM_ERROR_STATUS = {
  NoSuchEntity: 404,
  EntityAlreadyExists: 409,
  LimitExceeded: 409,
  InvalidAuthenticationCode: 403,
  EntityTemporarilyUnmodifiable: 409,
  ConcurrentModification: 409,
  DeleteConflict: 409,
  InvalidInput: 400,
  ValidationError: 400,
  AccessDenied: 403,
  PasswordPolicyViolation: 400,
  InvalidUserType: 400,
  MalformedCertificate: 400,
  InvalidCertificate: 400,
  DuplicateCertificate: 409,
  InvalidPublicKey: 400,
  DuplicateSSHPublicKey: 400,
  UnrecognizedPublicKeyEncoding: 400,
  ReportNotPresent: 410,
  ReportExpired: 410,
  MalformedPolicyDocument: 400,
  PolicyNotAttachable: 400,
  UnmodifiableEntity: 400,
  ServiceFailure: 500,
} as const;

export type IamErrorCode = keyof typeof IAM_ERROR_STATUS;

/** A failure the domain expects, carrying AWS's code and AWS's message; each door maps it once. */
export class IamError extends Error {
  constructor(
    readonly code: IamErrorCode,
    message: string,
    /**
     * Why, more precisely than AWS says it, for the console to word (two identical codes, codes used
     * already); never sent by the API, whose answer stays AWS's code and message.
     */
    readonly detail?: string,
  ) {
    super(message);
    this.name = "IamError";
  }

  get status(): number {
    return IAM_ERROR_STATUS[this.code];
  }
}

export function isIamError(error: unknown): error is IamError {
  return error instanceof IamError;
}
