"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ActionMessage } from "@/components/ui/action-message";
import { useFieldError } from "@/components/ui/field-error";
import { FormField } from "@/components/ui/form-field";
import { useKeptValues } from "@/components/ui/kept-values";
import type { ActionState } from "@/platform/http/define-action";
import { setSsoSettingsAction } from "../actions";

interface Props {
  initial: Record<string, string>;
  fromEnvironment: boolean;
  hasSecret: boolean;
  admins: { id: string; name: string; email: string }[];
  teams: { id: string; name: string }[];
}

/** Single sign-on: the provider (unless the server's variables set it), "SSO only" with its break-glass admin, and who is created at first sign-in. */
export function SsoSettingsForm({ initial, fromEnvironment, hasSecret, admins, teams }: Props) {
  const t = useTranslations("security");
  const [state, action, pending] = useActionState<ActionState<null>, FormData>(setSsoSettingsAction, null);
  const kept = useKeptValues(initial);
  const error = useFieldError(state);
  return (
    <form action={action} onSubmit={kept.keep} className="form" noValidate>
      {fromEnvironment ? (
        <p className="muted">{t("ssoFromEnv")}</p>
      ) : (
        <>
          <FormField id="sso-name" label={t("ssoName")} hint={t("ssoNameHint")} error={error("name")}>
            <input name="name" maxLength={60} defaultValue={kept.value("name")} />
          </FormField>
          <FormField id="sso-issuer" label={t("ssoIssuer")} hint={t("ssoIssuerHint")} error={error("issuer")}>
            <input name="issuer" type="url" inputMode="url" maxLength={500} defaultValue={kept.value("issuer")} spellCheck={false} />
          </FormField>
          <FormField id="sso-client-id" label={t("ssoClientId")} error={error("clientId")}>
            <input name="clientId" maxLength={500} defaultValue={kept.value("clientId")} spellCheck={false} autoComplete="off" />
          </FormField>
          <FormField id="sso-client-secret" label={t("ssoClientSecret")} hint={hasSecret ? t("ssoSecretKept") : undefined} error={error("clientSecret")}>
            <input name="clientSecret" type="password" maxLength={2000} autoComplete="new-password" />
          </FormField>
        </>
      )}
      <label className="checkbox">
        <input type="checkbox" name="ssoOnly" key={`only-${kept.value("ssoOnly")}`} defaultChecked={kept.value("ssoOnly") === "on"} aria-describedby={error("ssoOnly") ? "sso-only-error" : undefined} />
        {t("ssoOnly")}
      </label>
      {error("ssoOnly") && <p id="sso-only-error" className="field-error">{error("ssoOnly")}</p>}
      <FormField id="sso-break-glass" label={t("ssoBreakGlass")} hint={t("ssoBreakGlassHint")} error={error("breakGlassUserId")}>
        <select name="breakGlassUserId" key={kept.value("breakGlassUserId")} defaultValue={kept.value("breakGlassUserId")}>
          <option value="">{t("ssoNone")}</option>
          {admins.map((a) => (
            <option key={a.id} value={a.id}>{`${a.name} (${a.email})`}</option>
          ))}
        </select>
      </FormField>
      <FormField id="sso-jit-domains" label={t("ssoJitDomains")} hint={t("ssoJitDomainsHint")} error={error("jitDomains")}>
        <input name="jitDomains" maxLength={2000} defaultValue={kept.value("jitDomains")} spellCheck={false} />
      </FormField>
      <FormField id="sso-jit-team" label={t("ssoJitTeam")} error={error("jitTeamId")}>
        <select name="jitTeamId" key={kept.value("jitTeamId")} defaultValue={kept.value("jitTeamId")}>
          <option value="">{t("ssoJitNoTeam")}</option>
          {teams.map((team) => (
            <option key={team.id} value={team.id}>{team.name}</option>
          ))}
        </select>
      </FormField>
      <button type="submit" className="button button-primary" disabled={pending}>{t("ssoSave")}</button>
      <ActionMessage state={state} saved={t("ssoSaved")} />
    </form>
  );
}
