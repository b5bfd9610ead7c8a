"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import type { ActionState } from "@/platform/http/define-action";
import { createWallLinkAction } from "@/features/board/wall-actions";

/** Creates a wall link and shows it once. */
export function WallLinkForm({ teams }: { teams: { id: string; name: string }[] }) {
  const t = useTranslations("wall");
  const lt = useTranslations("leaderboard");
  const [state, action, pending] = useActionState<ActionState<{ team: string; path: string }>, FormData>(createWallLinkAction, null);
  return (
    <>
      {state?.ok && (
        <div className="alert alert-ok" role="status">
          <p>{t("created", { team: state.data.team })}</p>
          <a href={state.data.path} className="token" data-testid="new-wall-link">
            {typeof window === "undefined" ? state.data.path : new URL(state.data.path, window.location.href).toString()}
          </a>
        </div>
      )}
      <ActionMessage state={state} />
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
