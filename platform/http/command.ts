import "server-only";
import type { z } from "zod";
import { performAction, type ActionDefinition } from "./define-action";
import type { SessionUser } from "@/platform/auth/data";
import { ApiError } from "./errors";

/**
 * Runs a server action's definition for an API request's JSON body: the same
 * validation, permission and mutation as the form, its refusal as the API's error.
 */
export async function commandForApi<S extends z.ZodType, T, X>(
  user: SessionUser,
  definition: ActionDefinition<S, T, SessionUser, X>,
  body: Record<string, unknown>,
): Promise<T> {
  const result = await performAction(user, definition, body);
  if (!result.ok) {
    const fields = Object.entries(result.error.fields ?? {}).flatMap(([field, error]) => (error ? [[field, error] as const] : []));
    throw new ApiError(result.error.code, Object.fromEntries(fields));
  }
  return result.data;
}
