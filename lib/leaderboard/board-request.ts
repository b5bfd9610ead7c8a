import "server-only";
import { apiUser } from "../api/auth";
import { ApiError } from "../api/http";
import type { SessionUser } from "../auth/data";
import { thisMonth } from "../calendar";
import { localeFromAcceptLanguage, type AppLocale } from "../i18n/config";
import { isMonth, type Month } from "../month";
import type { BoardScope } from "../auth/permissions";
import { resolveScope } from "./scope";

export interface BoardRequest {
  user: SessionUser;
  scope: BoardScope;
  month: Month;
  kind: "score" | "improvement";
  locale: AppLocale;
}

/**
 * The user, board, month and language a leaderboard request (API or CSV
 * export) asks for. With `strictBoard`, an unknown `board` is a 400; without,
 * it falls back to the SSI board (export links).
 */
export async function boardRequest(request: Request, options: { strictBoard: boolean }): Promise<BoardRequest> {
  const user = await apiUser(request);
  const search = new URL(request.url).searchParams;
  const month = search.get("month") ?? thisMonth();
  if (!isMonth(month)) throw new ApiError("invalid", { month: { code: "month-invalid" } });
  const board = search.get("board");
  if (options.strictBoard && board !== null && board !== "score" && board !== "improvement") {
    throw new ApiError("invalid", { board: { code: "board-invalid" } });
  }
  const scope = resolveScope(user, search.get("team"));
  if (!scope.ok) throw new ApiError(scope.reason === "forbidden" ? "forbidden" : "not-found");
  return {
    user,
    scope: scope.scope,
    month,
    kind: board === "improvement" ? "improvement" : "score",
    locale: user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language")),
  };
}

/** A CSV download response. */
export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename.replace(/[^\w.-]+/g, "-")}"`,
      "Cache-Control": "no-store",
    },
  });
}
