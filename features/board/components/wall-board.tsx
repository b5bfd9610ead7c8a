"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { formatMonth, formatScore } from "@/platform/i18n/format";
import { newlyAchieved, type WallData } from "@/features/board/wall-screen";
import type { BoardKind } from "@/features/board/entries";

const ROTATE_MS = 15_000;
const REFRESH_MS = 60_000;
const CELEBRATION_MS = 10_000;

/** Full-screen board for a TV: alternates the two boards, refreshes every minute. */
export function WallBoard({ token, initial }: { token: string; initial: WallData }) {
  const t = useTranslations("wall");
  const locale = useLocale();
  const [data, setData] = useState(initial);
  // What the screen shows now, to tell who reached a goal since the last refresh.
  const shown = useRef(initial);
  const [board, setBoard] = useState<BoardKind>("score");
  const [gone, setGone] = useState(false);
  const [celebration, setCelebration] = useState<string | null>(null);
  const it = useTranslations("incentives");
  // Marked once the timers run, so a test (or a curious admin) can tell the
  // screen is live rather than a server-rendered snapshot.
  const screen = useRef<HTMLElement>(null);

  useEffect(() => {
    screen.current?.setAttribute("data-live", "true");
    const rotate = setInterval(() => setBoard((b) => (b === "score" ? "improvement" : "score")), ROTATE_MS);
    const refresh = setInterval(async () => {
      try {
        const response = await fetch(`/api/wall/${encodeURIComponent(token)}`, { cache: "no-store" });
        if (response.status === 404) setGone(true);
        else if (response.ok) {
          const next = (await response.json()) as WallData;
          const reached = newlyAchieved(shown.current, next)[0];
          shown.current = next;
          setData(next);
          if (reached) setCelebration(it("celebrate", { names: reached.names.join(", "), title: reached.title }));
        }
      } catch {
        // Network hiccup: keep showing the last data, try again next minute.
      }
    }, REFRESH_MS);
    return () => {
      clearInterval(rotate);
      clearInterval(refresh);
    };
  }, [token, it]);

  // The celebration stays a few seconds, then the board is alone again.
  useEffect(() => {
    if (!celebration) return;
    const hide = setTimeout(() => setCelebration(null), CELEBRATION_MS);
    return () => clearTimeout(hide);
  }, [celebration]);

  if (gone) return <main className="wall wall-gone"><h1>{t("revoked")}</h1></main>;
  const entries = data[board].slice(0, 15);
  return (
    <main className="wall" ref={screen}>
      <header className="wall-header">
        <h1>
          {board === "score" ? t("scoreBoard") : t("improvementBoard")} · {data.team}
        </h1>
        <p>{formatMonth(locale, data.month)}</p>
      </header>
      {data.challenges.length > 0 && (
        <ul className="wall-challenges" aria-label={it("wallChallenges")} data-testid="wall-challenges">
          {data.challenges.map((c) => (
            <li key={c.id}>
              <strong>{c.title}</strong>:{" "}
              {c.achievedBy.length > 0
                ? `✓ ${c.achievedBy.join(", ")}`
                : c.leader
                  ? it("wallLeader", { name: c.leader.name, position: c.leader.position })
                  : it("wallAchieved", { count: 0 })}
            </li>
          ))}
        </ul>
      )}
      <div role="status" aria-live="polite">
        {celebration && <p className="wall-celebration" data-testid="wall-celebration">{celebration}</p>}
      </div>
      {entries.length === 0 ? (
        <p className="wall-empty">{t("empty")}</p>
      ) : (
        <table className="wall-table" data-testid="wall-board">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t("rep")}</th>
              {data.showScores && (
                <>
                  <th scope="col" className="num">SSI</th>
                  <th scope="col" className="num">{t("progress")}</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={`${board}-${e.name}-${e.rank}`}>
                <td>{e.rank ?? "–"}</td>
                <th scope="row">{e.name}</th>
                {data.showScores && (
                  <>
                    <td className="num">{formatScore(locale, e.total)}</td>
                    <td className={`num ${e.progress === null ? "" : Number(e.progress) >= 0 ? "wall-up" : "wall-down"}`}>
                      {e.progress === null ? t("new") : `${Number(e.progress) > 0 ? "▲ +" : Number(e.progress) < 0 ? "▼ " : ""}${formatScore(locale, e.progress)}`}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
