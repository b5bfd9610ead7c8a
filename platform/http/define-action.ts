// The one shape of every server action: signed-in user → input schema →
// subject → permission (use-case.ts) → mutation → one result type. A lint rule refuses a "use server"
// export that is not made here (eslint.config.mjs).
import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import { toApiError, type ErrorCode } from "./errors";
import { isDatabaseUnavailable } from "@/platform/db/unavailable";
import { writingScope } from "@/platform/db/version";
import type { SessionUser } from "@/platform/auth/data";
import { getCurrentUser } from "@/platform/auth/session";
import type { FieldError } from "@/platform/forms/field-errors";
import { fromOwnPage } from "@/platform/security/same-origin";
import { admit, type UseCase } from "./use-case";

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
export interface ActionDefinition<S extends z.ZodType, T, U, X = undefined> extends UseCase<S, U, X> {
  run: (input: z.output<S>, user: U, subject: X) => Promise<T>;
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
export async function performAction<S extends z.ZodType, T, U extends SessionUser | null, X>(
  user: U,
  definition: ActionDefinition<S, T, U, X>,
  submitted: FormData | Record<string, unknown>,
): Promise<ActionResult<T>> {
  try {
    const { input, subject } = await admit(user, definition, submitted instanceof FormData ? formFields(submitted) : submitted);
    const data = await writingScope(() => definition.run(input, user, subject));
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
export function defineAction<S extends z.ZodType, T, X = undefined>(definition: ActionDefinition<S, T, SessionUser, X>): FormAction<T> {
  return async (...args) =>
    guardedAction(async () => {
      const user = await getCurrentUser();
      if (!user) return fail("unauthorized");
      return performAction(user, definition, args[args.length - 1] as FormData);
    });
}

/** A server action that also works signed out (such as the language switch). */
export function definePublicAction<S extends z.ZodType, T, X = undefined>(definition: ActionDefinition<S, T, SessionUser | null, X>): FormAction<T> {
  return async (...args) => guardedAction(async () => performAction(await getCurrentUser(), definition, args[args.length - 1] as FormData));
}
