"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createWallLinkAction, type WallLinkState } from "@/lib/wall/actions";

/** Creates a wall link and shows it once. */
export function WallLinkForm({ teams }: { teams: { id: string; name: string }[] }) {
  const t = useTranslations("wall");
  const lt = useTranslations("leaderboard");
  const [state, action, pending] = useActionState<WallLinkState, FormData>(createWallLinkAction, { status: "idle" });
  return (
    <>
      {state.status === "created" && (
        <div className="alert alert-ok" role="status">
          <p>{t("created", { team: state.team })}</p>
          <a href={state.path} className="token" data-testid="new-wall-link">
            {typeof window === "undefined" ? state.path : new URL(state.path, window.location.href).toString()}
          </a>
        </div>
      )}
      <form action={action} className="inline-form">
        <div className="field">
          <label htmlFor="wall-team">{lt("team")}</label>
          <select id="wall-team" name="teamId">
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-primary" disabled={pending}>
          {t("create")}
        </button>
      </form>
    </>
  );
}
