import { getTranslations } from "next-intl/server";
import type { SwitchableKind } from "@/features/notifications/kinds";

/**
 * The kinds of message as ticked boxes named "on". The blank hidden value
 * makes the form send the field with every box unticked (schema.ts).
 */
export async function SwitchList({ legend, kinds }: { legend: string; kinds: readonly { kind: SwitchableKind; on: boolean; offByAdmin?: boolean }[] }) {
  const t = await getTranslations("notifications");
  return (
    <fieldset className="checkbox-list">
      <legend>{legend}</legend>
      <input type="hidden" name="on" value="" />
      {kinds.map(({ kind, on, offByAdmin }) => (
        <label key={kind} className="checkbox">
          <input type="checkbox" name="on" value={kind} defaultChecked={on} />
          {t(`kinds.${kind}`)}
          {offByAdmin && <span className="muted"> ({t("offByAdmin")})</span>}
        </label>
      ))}
    </fieldset>
  );
}
