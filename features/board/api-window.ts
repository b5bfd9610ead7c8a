// The API's page of a board: `limit`, `cursor` (the nextCursor of the page
// before, sealed: board-cursor.ts) and `around=me`, read strictly (a 400
// names what is wrong).
import type { FieldError } from "@/platform/forms/field-errors";
import type { BoardCursor } from "./ranking-data";
import { openCursor, type CursorBinding } from "./board-cursor";

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export type BoardWindowQuery = { limit: number } & ({ cursor: BoardCursor | null } | { around: "me" });

/** The window `params` ask for on the board of `binding` (a cursor handed out for another board is refused). */
export function parseBoardWindow(params: URLSearchParams, binding: CursorBinding): { ok: true; window: BoardWindowQuery } | { ok: false; fields: Record<string, FieldError> } {
  const fields: Record<string, FieldError> = {};
  const limitText = params.get("limit");
  const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
  if (!/^\d{1,3}$/.test(limitText ?? "50") || limit < 1 || limit > MAX_LIMIT) fields.limit = { code: "limit-invalid", params: { max: String(MAX_LIMIT) } };
  const cursorText = params.get("cursor");
  const around = params.get("around");
  const opened = cursorText === null ? null : openCursor(cursorText, binding);
  if (opened && !opened.ok) fields.cursor = { code: opened.code };
  const cursor = opened?.ok ? opened.cursor : null;
  if (around !== null && around !== "me") fields.around = { code: "around-invalid" };
  if (around !== null && cursorText !== null) fields.around ??= { code: "cursor-around" };
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, window: around === "me" ? { limit, around: "me" } : { limit, cursor } };
}
