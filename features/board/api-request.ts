import "server-only";
import type { SessionUser } from "@/platform/auth/data";
import { companyMonth } from "@/features/settings";
import { localeFromAcceptLanguage, type AppLocale } from "@/platform/i18n/config";
import type { Month } from "@/platform/time/month";
import { Invalid } from "@/platform/errors/domain-errors";
import { parseBoardQuery } from "./query-string";
import type { BoardKind } from "./entries";

/**
 * The board, month and language a leaderboard request (API or a file) asks
 * for, before anyone checks who may see it (queries.ts). With `strictBoard`,
 * an unknown `board` is a 400; without, it falls back to the SSI board
 * (export links).
 */
export async function readBoardRequest(
  request: Request,
  user: SessionUser,
  options: { strictBoard: boolean },
): Promise<{ team: string | null; month: Month; kind: BoardKind; locale: AppLocale }> {
  const parsed = parseBoardQuery(new URL(request.url).searchParams, await companyMonth(), { month: true, board: options.strictBoard });
  if (!parsed.ok) throw new Invalid(parsed.fields);
  const { team, month, kind } = parsed.query;
  return { team, month, kind, locale: user.locale ?? localeFromAcceptLanguage(request.headers.get("accept-language")) };
}
