// What a feature says went wrong, in the domain's words. Features throw these
// and know nothing of HTTP: platform/http/errors.ts is the one place that
// turns them into error codes and statuses, for the API and for server actions.
import type { FieldError } from "../forms/field-errors";

export type Fields = Record<string, FieldError>;

export abstract class DomainError extends Error {
  constructor(readonly fields: Fields = {}) {
    super(new.target.name);
    this.name = new.target.name;
  }
}

/** What was asked for does not exist, or the caller may not know that it does. */
export class NotFound extends DomainError {}

/** The caller may not do this. */
export class Forbidden extends DomainError {}

/** The month is closed: nothing in it can change. The fields say where it was asked. */
export class MonthClosed extends DomainError {
  constructor(fields: Fields = { month: { code: "month-closed" } }) {
    super(fields);
  }
}

/** Why a request clashes with the state things are in. */
export type ConflictReason = "month-already-closed" | "month-not-closed" | "import-busy" | "email-off" | "factor-exists" | "factor-not-started" | "factor-required" | "passkey-exists";

/** The request is well formed, but the state things are in refuses it (sending it again later may work). */
export class Conflict extends DomainError {
  constructor(readonly reason: ConflictReason, fields: Fields = {}) {
    super(fields);
  }
}

/** What kind of bad input: a field-by-field refusal, or a whole request refused for one reason. */
export type InvalidReason = "invalid" | "invalid-range" | "not-csv" | "invitation-invalid" | `paste-${string}`;

/** The input is refused; `fields` says which fields and why (message codes). */
export class Invalid extends DomainError {
  constructor(fields: Fields = {}, readonly reason: InvalidReason = "invalid") {
    super(fields);
  }
}

/** Too many attempts in a row: the next one is allowed after `retryAfterS` seconds. */
export class TooManyAttempts extends DomainError {
  constructor(readonly retryAfterS: number, fields: Fields = {}) {
    super(fields);
  }
}

/** A refusal decided by the permission rules ("not-found" when the caller may not even know it exists). */
export function refusal(reason: "not-found" | "forbidden"): DomainError {
  return reason === "not-found" ? new NotFound() : new Forbidden();
}
