// The API's page of a board: `limit`, `cursor` (the nextCursor of the page
// before) and `around=me`, read strictly (a 400 names what is wrong).
import { z } from "zod";
import type { FieldError } from "../forms/field-errors";
import type { BoardCursor } from "./board-data";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export type BoardWindowQuery = { limit: number } & ({ cursor: BoardCursor | null } | { around: "me" });

const cursorSchema = z.strictObject({
  key: z.string().regex(/^-?\d{1,3}(\.\d{1,3})?$/).nullable(),
  name: z.string().max(200),
  id: z.string().min(1).max(100),
});

/** A cursor as the API hands it out: opaque, URL-safe. */
export function encodeCursor(cursor: BoardCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(text: string): BoardCursor | null {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function parseBoardWindow(params: URLSearchParams): { ok: true; window: BoardWindowQuery } | { ok: false; fields: Record<string, FieldError> } {
  const fields: Record<string, FieldError> = {};
  const limitText = params.get("limit");
  const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
  if (!/^\d{1,3}$/.test(limitText ?? "50") || limit < 1 || limit > MAX_LIMIT) fields.limit = { code: "limit-invalid", params: { max: String(MAX_LIMIT) } };
  const cursorText = params.get("cursor");
  const around = params.get("around");
  const cursor = cursorText === null ? null : decodeCursor(cursorText);
  if (cursorText !== null && cursor === null) fields.cursor = { code: "cursor-invalid" };
  if (around !== null && around !== "me") fields.around = { code: "around-invalid" };
  if (around !== null && cursorText !== null) fields.around ??= { code: "cursor-around" };
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, window: around === "me" ? { limit, around: "me" } : { limit, cursor } };
}
