// The query string of every board request: the page, the JSON API and the CSV exports.
import type { FieldError } from "@/platform/forms/field-errors";
import { isMonth, type Month } from "@/platform/time/month";
import type { BoardKind } from "./entries";

export interface BoardQuery {
  /** A team id, "all" for the company, or null for the user's default board. */
  team: string | null;
  month: Month;
  kind: BoardKind;
  /** The page asked for, as typed. */
  page: string | null;
}

export type BoardQueryResult = { ok: true; query: BoardQuery } | { ok: false; fields: Record<string, FieldError> };

/** Reads `team`, `month`, `board` and `page`, falling back to this month and the SSI board (a page, an export link). */
export function readBoardQuery(params: URLSearchParams, currentMonth: Month): BoardQuery {
  const month = params.get("month");
  return {
    team: params.get("team") || null,
    month: month !== null && isMonth(month) ? month : currentMonth,
    kind: params.get("board") === "improvement" ? "improvement" : "score",
    page: params.get("page"),
  };
}

/** The same, but what is strict refuses an unknown value instead (the API answers 400). */
export function parseBoardQuery(
  params: URLSearchParams,
  currentMonth: Month,
  strict: { month: boolean; board: boolean },
): BoardQueryResult {
  const month = params.get("month");
  const board = params.get("board");
  const fields: Record<string, FieldError> = {};
  if (strict.month && month !== null && !isMonth(month)) fields.month = { code: "month-invalid" };
  if (strict.board && board !== null && board !== "score" && board !== "improvement") fields.board = { code: "board-invalid" };
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, query: readBoardQuery(params, currentMonth) };
}

/** A page's `searchParams` as URLSearchParams (repeated parameters: the first counts). */
export function toSearchParams(search: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(search)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(name, first);
  }
  return params;
}
