import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { endPersonSessionsAction, resetSecondFactorAction } from "../actions";
import type { SessionView } from "../queries";
import { SessionTable } from "./session-table";

/** On a person's admin page: where they are signed in, their second factor, and the admin's two buttons. */
export async function PersonSecurity({ userId, name, security }: { userId: string; name: string; security: { sessions: SessionView[]; totp: boolean; passkeys: number; mustEnrol: boolean } }) {
  const t = await getTranslations("security");
  const factor = security.totp || security.passkeys > 0;
  return (
    <section className="card" aria-labelledby="person-security-title">
      <h2 id="person-security-title">{t("personTitle")}</h2>
      <SessionTable sessions={security.sessions} endable={false} />
      {/* Always there: the form stays in place to say it worked once the list is empty. */}
      <ActionForm action={endPersonSessionsAction} className="form" saved={t("allEnded")}>
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className="button button-secondary">{t("endAll", { name })}</button>
      </ActionForm>
      <p>{security.mustEnrol ? t("factorReset") : factor ? t("factorOn", { passkeys: security.passkeys, totp: String(security.totp) }) : t("factorOff")}</p>
      <ActionForm action={resetSecondFactorAction} className="form" saved={t("resetDone")}>
        <input type="hidden" name="userId" value={userId} />
        <p className="muted">{t("resetIntro")}</p>
        <button type="submit" className="button button-secondary">{t("reset", { name })}</button>
      </ActionForm>
    </section>
  );
}
