import { getFormatter, getTranslations } from "next-intl/server";
import { RowAction } from "@/components/ui/row-action";
import { DATE_AND_TIME } from "@/platform/i18n/format";
import { removePasskeyAction } from "../actions";

export interface PasskeyView {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** One's passkeys: their names, when added and last used, each with its "Remove" (a form: works without JavaScript). */
export async function PasskeyList({ passkeys }: { passkeys: PasskeyView[] }) {
  const t = await getTranslations("passkeys");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), DATE_AND_TIME);
  if (passkeys.length === 0) return <p>{t("none")}</p>;
  // A list, not a table: three short facts and a button fit a phone's width.
  return (
    <ul className="passkey-list" aria-label={t("caption")}>
      {passkeys.map((p) => (
        <li key={p.id}>
          <div>
            <strong>{p.name}</strong>
            <span className="muted passkey-dates">
              {t("addedOn", { date: date(p.createdAt) })} · {p.lastUsedAt ? t("lastUsedOn", { date: date(p.lastUsedAt) }) : t("neverUsed")}
            </span>
          </div>
          <RowAction action={removePasskeyAction} name="passkeyId" value={p.id} label={t("removeLabel", { name: p.name })}>
            {t("remove")}
          </RowAction>
        </li>
      ))}
    </ul>
  );
}
