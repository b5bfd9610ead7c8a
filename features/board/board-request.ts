import "server-only";
import { apiUser } from "@/platform/http/api-user";
import type { SessionUser } from "@/platform/auth/data";
import { companyMonth } from "@/features/settings";
import { localeFromAcceptLanguage, type AppLocale } from "@/platform/i18n/config";
import type { Month } from "@/platform/time/month";
import { parseBoardQuery } from "./board-query";
import type { BoardScope } from "@/platform/auth/permissions";
import { resolveScope } from "./scope";
import type { BoardKind } from "./board";
import { positionOf, type BoardWindow } from "./board-data";
import { parseBoardWindow } from "./board-window";
import type { CursorBinding } from "./board-cursor";
import { seesScores } from "./load";
import { Invalid, refusal } from "@/platform/errors/domain-errors";

export interface BoardRequest {
  user: SessionUser;
  scope: BoardScope;
  month: Month;
  kind: BoardKind;
  locale: AppLocale;
}

/**
 * The user, board, month and language a leaderboard request (API or an
 * export) asks for. With `strictBoard`, an unknown `board` is a 400; without,
 * it falls back to the SSI board (export links).
 */
export async function boardRequest(request: Request, options: { strictBoard: boolean }): Promise<BoardRequest> {
  const user = await apiUser(request);
  const parsed = parseBoardQuery(new URL(request.url).searchParams, await companyMonth(), { month: true, board: options.strictBoard });
  if (!parsed.ok) throw new Invalid(parsed.fields);
  const { team, month, kind } = parsed.query;
  const scope = resolveScope(user, team);
  if (!scope.ok) throw refusal(scope.reason === "forbidden" ? "forbidden" : "not-found");
  return {
    user,
    scope: scope.scope,
    month,
    kind,
    locale: user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language")),
  };
}

/**
 * The rows of the board the API request asks for (`limit`, `cursor`,
 * `around=me`: the user in the middle of the page, or the top of the board
 * when they are not on it), whether that is the board's first page, and what
 * the cursor it hands out is bound to (this board, month and viewer class).
 */
export async function requestedWindow(request: Request, { user, scope, month, kind }: BoardRequest): Promise<{ window: BoardWindow; firstPage: boolean; binding: CursorBinding }> {
  const binding = { scope, kind, month, showScores: await seesScores(user, scope) };
  const parsed = parseBoardWindow(new URL(request.url).searchParams, binding);
  if (!parsed.ok) throw new Invalid(parsed.fields);
  const { limit } = parsed.window;
  if ("cursor" in parsed.window) return { window: { limit, after: parsed.window.cursor }, firstPage: parsed.window.cursor === null, binding };
  const position = await positionOf(month, scope.kind === "team" ? scope.teamId : null, kind, user.id);
  return { window: { limit, offset: position === null ? 0 : Math.max(0, position - Math.floor(limit / 2)) }, firstPage: true, binding };
}
