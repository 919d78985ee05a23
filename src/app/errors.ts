// Domain errors with a human message, and their one mapping to RFC 9457 problem types.
export type ProblemKind =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "not-found"
  | "conflict"
  | "too-many-requests"
  | "payload-too-large"
  | "unsupported-media-type"
  | "internal";

const statusOf: Record<ProblemKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  conflict: 409,
  "too-many-requests": 429,
  "payload-too-large": 413,
  "unsupported-media-type": 415,
  internal: 500,
};

const titleOf: Record<ProblemKind, string> = {
  invalid: "The request is not valid",
  unauthorized: "Sign-in required",
  forbidden: "Not allowed",
  "not-found": "Not found",
  conflict: "Conflict with the current state",
  "too-many-requests": "Too many requests",
  "payload-too-large": "Request body too large",
  "unsupported-media-type": "Unsupported content type",
  internal: "Internal error",
};

export interface FieldProblem {
  /** JSON Pointer to the field, e.g. "/email". */
  path: string;
  message: string;
}

export class DomainError extends Error {
  readonly kind: ProblemKind;
  readonly errors: FieldProblem[];
  readonly extra: Record<string, unknown>;
  constructor(
    kind: ProblemKind,
    message: string,
    errors: FieldProblem[] = [],
    extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
    this.kind = kind;
    this.errors = errors;
    this.extra = extra;
  }
}

export const invalid = (message: string, errors: FieldProblem[] = []) =>
  new DomainError("invalid", message, errors);
export const unauthorized = (message = "Sign in to continue.") => new DomainError("unauthorized", message);
export const forbidden = (message: string) => new DomainError("forbidden", message);
export const notFound = (message: string) => new DomainError("not-found", message);
export const conflict = (message: string, extra: Record<string, unknown> = {}) =>
  new DomainError("conflict", message, [], extra);
export const tooManyRequests = (message: string, retryAfterSeconds: number) =>
  new DomainError("too-many-requests", message, [], { retryAfter: retryAfterSeconds });

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

export const problemType = (kind: ProblemKind) => `urn:entente:problem:${kind}`;

/** The RFC 9457 body for a problem of `kind`. */
export function toProblem(
  kind: ProblemKind,
  detail: string,
  errors: FieldProblem[] = [],
  extra = {},
): Problem {
  const problem: Problem = {
    type: problemType(kind),
    title: titleOf[kind],
    status: statusOf[kind],
    detail,
    ...extra,
  };
  if (errors.length > 0) problem.errors = errors;
  return problem;
}

export function statusOfKind(kind: ProblemKind): number {
  return statusOf[kind];
}
