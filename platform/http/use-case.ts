import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/platform/auth/data";
import { can, revealsMissing, type Permission } from "@/platform/auth/permissions";
import { recordRefusal } from "@/platform/auth/security-mutations";
import { Forbidden, Invalid, NotFound } from "@/platform/errors/domain-errors";
import { controlCharacterFields } from "@/platform/forms/control-characters";
import { fieldErrors, type FieldError } from "@/platform/forms/field-errors";

/**
 * What every read and write starts with, stated once for its form, its API
 * route and its tests: the input it takes, the record that input names (read
 * once, for the permission and for the work), and the permission it needs.
 * A command (define-action.ts) adds the mutation, a query (query.ts) the read.
 */
export interface UseCase<S extends z.ZodType, U, X> {
  /** The fields it takes; anything else is dropped. */
  input: S;
  /** The record the input names (a rep, a team); null when it does not exist. Without it, the subject is undefined. */
  subject?: (input: z.output<S>, user: U) => Promise<X | null>;
  /** What the user must be allowed to do; null when what it is about does not exist. */
  permission: (user: U, input: z.output<S>, subject: X) => Permission | null | Promise<Permission | null>;
}

/**
 * Validates `fields`, reads the subject and checks the permission, once;
 * refusals are domain errors (Invalid, NotFound, Forbidden). Someone who may
 * not list everything gets Forbidden for what does not exist as well, so no
 * answer tells them which ids exist.
 */
export async function admit<S extends z.ZodType, U extends SessionUser | null, X>(
  user: U,
  useCase: UseCase<S, U, X>,
  fields: Record<string, unknown>,
): Promise<{ input: z.output<S>; subject: X }> {
  // Before any schema: no field of any form, body or query may hold a control character.
  const controls = controlCharacterFields(fields);
  if (Object.keys(controls).length > 0) throw new Invalid(controls);
  const parsed = await useCase.input.safeParseAsync(fields);
  if (!parsed.success) throw new Invalid(fieldErrors(parsed.error) as Record<string, FieldError>);
  const input = parsed.data;
  const missing = () => (user && revealsMissing(user) ? new NotFound() : new Forbidden());
  const subject = useCase.subject ? await useCase.subject(input, user) : (undefined as X);
  if (subject === null) throw missing();
  const permission = await useCase.permission(user, input, subject);
  if (!permission) throw missing();
  const allowed = user ? can(user, permission) : permission.action === "anyone";
  if (!allowed) {
    if (user) await recordRefusal(user, permission.action);
    throw new Forbidden();
  }
  return { input, subject };
}
