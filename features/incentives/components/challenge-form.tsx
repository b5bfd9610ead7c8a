"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { useBrowserValue } from "@/components/ui/browser-value";
import { ActionMessage } from "@/components/ui/action-message";
import { FormField } from "@/components/ui/form-field";
import { useKeptValues } from "@/components/ui/kept-values";
import type { ActionState } from "@/platform/http/define-action";
import { createChallengeAction } from "@/features/incentives/actions";
import type { ChallengeInput } from "@/features/incentives/schema";
import { CHALLENGE_KINDS, RACE_MEASURES, type ChallengeKind } from "@/features/incentives/kinds";
import { usesField, type KindField } from "@/features/incentives/kind-spec";
import type { Month } from "@/platform/time/month";
import { PILLARS } from "@/features/scores/client";
import { RewardFields } from "./reward-fields";
import { useFieldError } from "@/components/ui/field-error";

/** Creates a challenge; only the fields its kind uses are shown (all of them without JavaScript). */
export function ChallengeForm({
  teams,
  companyOption,
  currentMonth,
}: {
  teams: { id: string; name: string }[];
  companyOption: boolean;
  currentMonth: Month;
}) {
  const t = useTranslations("incentives");
  const pillarT = useTranslations("pillars");
  const initial = { kind: "gain", from: currentMonth, to: currentMonth, teamId: companyOption ? "" : (teams[0]?.id ?? "") };
  const kept = useKeptValues(initial);
  const [kind, setKind] = useState<ChallengeKind>("gain");
  const [state, action, pending] = useActionState<ActionState<ChallengeInput & { id: string }>, FormData>(createChallengeAction, null);
  const [handled, setHandled] = useState(state);
  if (state !== handled) {
    // Created: the form starts again blank for the next challenge.
    setHandled(state);
    if (state?.ok) {
      kept.clear();
      setKind("gain");
    }
  }
  const error = useFieldError(state);
  // Before hydration (or without JavaScript) every field shows; then only those the kind uses.
  const hydrated = useBrowserValue(() => true, false);
  const unused = (field: KindField) => hydrated && !usesField(kind, field);
  return (
    <form action={action} onSubmit={kept.keep} className="form" noValidate aria-labelledby="challenge-form-title">
      <h3 id="challenge-form-title">{t("newChallenge")}</h3>
      <FormField id="challenge-title" label={t("challengeTitle")} error={error("title")}>
        <input name="title" defaultValue={kept.value("title")} maxLength={80} />
      </FormField>
      <div className="inline-fields">
        <FormField id="challenge-kind" label={t("kind")} error={error("kind")}>
          {/* React resets a form after each submit, but a select's default does not follow
              defaultValue once mounted: the key mounts it again with what was sent. */}
          <select key={kept.value("kind")} name="kind" defaultValue={kept.value("kind")} onChange={(e) => setKind(e.target.value as ChallengeKind)}>
            {CHALLENGE_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        </FormField>
        <FormField id="challenge-team" label={t("scope")} error={error("teamId")}>
          <select key={kept.value("teamId")} name="teamId" defaultValue={kept.value("teamId")}>
            {companyOption && <option value="">{t("company")}</option>}
            {teams.map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
          </select>
        </FormField>
        <FormField id="challenge-from" label={t("from")} error={error("from")}>
          <input type="month" name="from" defaultValue={kept.value("from")} />
        </FormField>
        <FormField id="challenge-to" label={t("to")} error={error("to")}>
          <input type="month" name="to" defaultValue={kept.value("to")} />
        </FormField>
      </div>
      <div className="inline-fields">
        <div hidden={unused("target")}>
          <FormField id="challenge-target" label={t("target")} hint={t("targetHint")} error={error("target")}>
            <input name="target" defaultValue={kept.value("target")} inputMode="decimal" size={8} />
          </FormField>
        </div>
        <div hidden={unused("pillar")}>
          <FormField id="challenge-pillar" label={t("pillar")} error={error("pillar")}>
            <select key={kept.value("pillar")} name="pillar" defaultValue={kept.value("pillar")}>
              <option value="" />
              {PILLARS.map((p) => <option key={p} value={p}>{pillarT(p)}</option>)}
            </select>
          </FormField>
        </div>
        <div hidden={unused("winners")}>
          <FormField id="challenge-winners" label={t("winners")} hint={t("winnersHint")} error={error("winners")}>
            <input name="winners" defaultValue={kept.value("winners")} inputMode="numeric" size={4} />
          </FormField>
        </div>
        <div hidden={unused("measure")}>
          <FormField id="challenge-measure" label={t("measure")} error={error("measure")}>
            <select key={kept.value("measure")} name="measure" defaultValue={kept.value("measure")}>
              {RACE_MEASURES.map((m) => <option key={m} value={m}>{t(`measures.${m}`)}</option>)}
            </select>
          </FormField>
        </div>
      </div>
      <div className="inline-fields">
        <RewardFields prefix="reward" idPrefix="challenge" value={kept.value} error={error} />
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>
        {t("create")}
      </button>
      <ActionMessage state={state} saved={t("created")} />
    </form>
  );
}
