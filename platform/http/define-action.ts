// The one shape of every server action: signed-in user → input schema →
// permission → mutation → one result type. A lint rule refuses a "use server"
// export that is not made here (eslint.config.mjs).
import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import { toApiError, type ErrorCode } from "./errors";
import { isDatabaseUnavailable } from "@/platform/db/unavailable";
import type { SessionUser } from "@/platform/auth/data";
import { can, revealsMissing, type Permission } from "@/platform/auth/permissions";
import { getCurrentUser } from "@/platform/auth/session";
import { controlCharacterFields } from "@/platform/forms/control-characters";
import { fieldErrors, type FieldError } from "@/platform/forms/field-errors";
import { fromOwnPage } from "@/platform/security/same-origin";

/** Why an action refused, with the same codes as the API's error shape. */
export interface ActionError {
  code: ErrorCode;
  fields?: Partial<Record<string, FieldError>>;
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

/** A form's state: null until the first submit. */
export type ActionState<T> = ActionResult<T> | null;

/** What a form calls: with useActionState (state, formData), or directly as a form's action (formData). */
export type FormAction<T> = (...args: [FormData] | [ActionState<T>, FormData]) => Promise<ActionResult<T>>;

/** What an action does, written once for its form (defineAction) and its API route (commandForApi). */
export interface ActionDefinition<S extends z.ZodType, T, U> {
  /** The form's fields; anything else in the form is dropped. */
  input: S;
  /** What the user must be allowed to do with this input; null when its subject does not exist. */
  permission: (user: U, input: z.output<S>) => Permission | null | Promise<Permission | null>;
  run: (input: z.output<S>, user: U) => Promise<T>;
  /** The pages (layouts) that show what the action changes. */
  revalidate?: string[];
}

function fail(code: ErrorCode, fields?: Partial<Record<string, FieldError>>): ActionResult<never> {
  return { ok: false, error: fields && Object.keys(fields).length > 0 ? { code, fields } : { code } };
}

/** A form's fields; a name sent more than once (ticked checkboxes) gives the list of its values. */
export function formFields(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const name of new Set(form.keys())) {
    // Assigning it would change this object's prototype: never a field of ours.
    if (name === "__proto__") continue;
    const values = form.getAll(name);
    fields[name] = values.length === 1 ? values[0] : values;
  }
  return fields;
}

/** Runs `definition` for `user` on a submitted form (FormData) or a JSON body (exported for its tests and the API). */
export async function performAction<S extends z.ZodType, T, U extends SessionUser | null>(
  user: U,
  definition: ActionDefinition<S, T, U>,
  submitted: FormData | Record<string, unknown>,
): Promise<ActionResult<T>> {
  const fields = submitted instanceof FormData ? formFields(submitted) : submitted;
  // Before any schema: no field of any form or body may hold a control character.
  const controls = controlCharacterFields(fields);
  if (Object.keys(controls).length > 0) return fail("invalid", controls);
  const parsed = await definition.input.safeParseAsync(fields);
  if (!parsed.success) return fail("invalid", fieldErrors(parsed.error));
  try {
    const permission = await definition.permission(user, parsed.data);
    if (!permission) return fail(user && revealsMissing(user) ? "not-found" : "forbidden");
    const allowed = user ? can(user, permission) : permission.action === "anyone";
    if (!allowed) return fail("forbidden");
    const data = await definition.run(parsed.data, user);
    for (const path of definition.revalidate ?? []) revalidatePath(path, "layout");
    return { ok: true, data };
  } catch (caught) {
    const error = toApiError(caught);
    if (!error) throw caught;
    return fail(error.code, error.fields);
  }
}

/**
 * `act`'s answer, or "database-unavailable" when the database cannot be
 * reached, even before the user is known: the form then says so and keeps
 * what was typed, instead of the page's error screen. "cross-site" when the
 * request did not come from the app's own pages.
 */
async function guardedAction<T>(act: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  // Next.js refuses a foreign Origin itself, but lets a request without one
  // through: an action is a write, held to the API's rule (platform/security/same-origin.ts).
  if (!fromOwnPage({ method: "POST", headers: await headers() })) return fail("cross-site");
  try {
    return await act();
  } catch (caught) {
    if (isDatabaseUnavailable(caught)) return fail("database-unavailable");
    throw caught;
  }
}

/** A server action for signed-in users. */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T, SessionUser>): FormAction<T> {
  return async (...args) =>
    guardedAction(async () => {
      const user = await getCurrentUser();
      if (!user) return fail("unauthorized");
      return performAction(user, definition, args[args.length - 1] as FormData);
    });
}

/** A server action that also works signed out (such as the language switch). */
export function definePublicAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T, SessionUser | null>): FormAction<T> {
  return async (...args) => guardedAction(async () => performAction(await getCurrentUser(), definition, args[args.length - 1] as FormData));
}
