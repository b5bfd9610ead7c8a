// The error codes of the JSON API and of server actions, and the one place
// that turns domain errors into them (and into HTTP statuses).
import type { FieldError } from "@/platform/forms/field-errors";
import { isDatabaseUnavailable } from "@/platform/db/unavailable";
import { Conflict, DomainError, Forbidden, Invalid, MonthClosed, NotFound, TooManyAttempts } from "@/platform/errors/domain-errors";

export type ErrorCode =
  | "unauthorized"
  | "forbidden"
  | "cross-site"
  | "token-read-only"
  | "not-found"
  | "invalid"
  | "invalid-json"
  | "not-an-object"
  | "too-large"
  | "month-closed"
  | "month-already-closed"
  | "month-not-closed"
  | "invalid-range"
  | "invalid-credentials"
  | "too-many-attempts"
  | "rate-limited"
  | "database-unavailable"
  | "invitation-invalid"
  | "not-csv"
  | "import-invalid"
  | "import-busy"
  | "email-off"
  | "factor-exists"
  | "factor-not-started"
  | "factor-required"
  | "passkey-exists"
  | `paste-${string}`;

const STATUS: Record<string, number> = {
  unauthorized: 401,
  forbidden: 403,
  "cross-site": 403,
  "token-read-only": 403,
  "not-found": 404,
  "month-closed": 409,
  "month-already-closed": 409,
  "month-not-closed": 409,
  "too-large": 413,
  "invalid-credentials": 401,
  "too-many-attempts": 429,
  "rate-limited": 429,
  "database-unavailable": 503,
  "invitation-invalid": 410,
  "not-csv": 415,
  "import-invalid": 422,
  "import-busy": 409,
  "email-off": 409,
  "factor-exists": 409,
  "factor-not-started": 409,
  "factor-required": 409,
  "passkey-exists": 409,
};

/** The HTTP status of an error code: 422 for a paste the reader refused, 400 for other bad input. */
export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? (code.startsWith("paste-") ? 422 : 400);
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields: Record<string, FieldError> = {},
    readonly status = statusOf(code),
  ) {
    super(code);
    this.name = "ApiError";
  }
}

/** The API's error code of a domain error. */
function codeOf(error: DomainError): ErrorCode | null {
  if (error instanceof NotFound) return "not-found";
  if (error instanceof Forbidden) return "forbidden";
  if (error instanceof MonthClosed) return "month-closed";
  if (error instanceof Conflict) return error.reason;
  if (error instanceof Invalid) return error.reason;
  if (error instanceof TooManyAttempts) return "too-many-attempts";
  return null;
}

/** A domain error (or the database out of reach) as the API's error, or null for anything unexpected (a bug: let it be a 500). */
export function toApiError(caught: unknown): ApiError | null {
  if (caught instanceof ApiError) return caught;
  if (caught instanceof DomainError) {
    const code = codeOf(caught);
    return code ? new ApiError(code, caught.fields) : null;
  }
  // Nothing was done and nothing is wrong with the request: it can be sent again.
  if (isDatabaseUnavailable(caught)) return new ApiError("database-unavailable");
  return null;
}
