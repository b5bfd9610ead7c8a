import "server-only";
import type { z } from "zod";
import { can, revealsMissing, type Permission } from "@/platform/auth/permissions";
import type { SessionUser } from "@/platform/auth/data";
import { Forbidden, Invalid, NotFound } from "@/platform/errors/domain-errors";
import { fieldErrors, type FieldError } from "@/platform/forms/field-errors";
import { controlCharacterFields } from "@/platform/forms/control-characters";

/**
 * One read, the same shape as a command (define-action.ts) without the
 * mutation: its input, the permission it needs (named once), and what it
 * reads. A page, a route handler and the tests all run it with runQuery.
 */
export interface QueryDefinition<S extends z.ZodType, T> {
  input: S;
  /** What the user must be allowed to do with this input; null when its subject does not exist. */
  permission: (user: SessionUser, input: z.output<S>) => Permission | null | Promise<Permission | null>;
  read: (input: z.output<S>, user: SessionUser) => Promise<T>;
}

export function defineQuery<S extends z.ZodType, T>(definition: QueryDefinition<S, T>): QueryDefinition<S, T> {
  return definition;
}

/** Validates `raw`, checks the permission once, then reads; refusals are domain errors (Invalid, NotFound, Forbidden). */
export async function runQuery<S extends z.ZodType, T>(user: SessionUser, definition: QueryDefinition<S, T>, raw: Record<string, unknown>): Promise<T> {
  const controls = controlCharacterFields(raw);
  if (Object.keys(controls).length > 0) throw new Invalid(controls);
  const parsed = await definition.input.safeParseAsync(raw);
  if (!parsed.success) throw new Invalid(fieldErrors(parsed.error) as Record<string, FieldError>);
  const permission = await definition.permission(user, parsed.data);
  if (!permission) throw revealsMissing(user) ? new NotFound() : new Forbidden();
  if (!can(user, permission)) throw new Forbidden();
  return definition.read(parsed.data, user);
}
