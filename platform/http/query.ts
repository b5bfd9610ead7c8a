import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/platform/auth/data";
import { admit, type UseCase } from "./use-case";

/**
 * One read, the same shape as a command (define-action.ts) without the
 * mutation: its input, its subject, the permission it needs (named once),
 * and what it reads. A page (page-query.ts), a route handler and the tests
 * all run it with runQuery.
 */
export interface QueryDefinition<S extends z.ZodType, T, X = undefined> extends UseCase<S, SessionUser, X> {
  read: (input: z.output<S>, user: SessionUser, subject: X) => Promise<T>;
}

export function defineQuery<S extends z.ZodType, T, X = undefined>(definition: QueryDefinition<S, T, X>): QueryDefinition<S, T, X> {
  return definition;
}

/** Validates `raw`, reads the subject and checks the permission once, then reads; refusals are domain errors (Invalid, NotFound, Forbidden). */
export async function runQuery<S extends z.ZodType, T, X>(user: SessionUser, definition: QueryDefinition<S, T, X>, raw: Record<string, unknown>): Promise<T> {
  const { input, subject } = await admit(user, definition, raw);
  return definition.read(input, user, subject);
}
