import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { z } from "zod";
import type { SessionUser } from "@/platform/auth/data";
import { Forbidden, Invalid, NotFound } from "@/platform/errors/domain-errors";
import { runQuery, type QueryDefinition } from "./query";

/**
 * A page's read: the query the API runs too, its refusals as the page's
 * answers (403, 404). A page address whose parameters the query refuses
 * names nothing that exists: 404.
 */
export async function pageQuery<S extends z.ZodType, T, X>(user: SessionUser, definition: QueryDefinition<S, T, X>, raw: Record<string, unknown>): Promise<T> {
  try {
    return await runQuery(user, definition, raw);
  } catch (caught) {
    if (caught instanceof Forbidden) forbidden();
    if (caught instanceof NotFound || caught instanceof Invalid) notFound();
    throw caught;
  }
}
