"use client";

import { useLocale, useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import { TableScroll } from "@/components/ui/table-scroll";
import { formatMonth } from "@/platform/i18n/format";
import { FIELDS_OF, type Meaning } from "@/features/imports/headings";
import type { ImportKind } from "@/features/imports/kinds";
import type { FileReading } from "@/features/imports/reading";
import { isMonth } from "@/platform/time/month";

/**
 * The file's columns beside what the reader understood, each a choice the
 * admin can change (posted as mapHeading/mapMeaning pairs), the sheet of a
 * workbook, and a name to save the choice under.
 */
export function ImportColumns({ kind, reading, onChange, saveError }: { kind: ImportKind; reading: FileReading; onChange: () => void; saveError?: string }) {
  const t = useTranslations("importPage");
  const locale = useLocale();
  const label = (meaning: Meaning) => (isMonth(meaning) ? t("meaningMonth", { month: formatMonth(locale, meaning) }) : t(`meanings.${meaning}`));
  const unsure = reading.columns.some((c) => !c.sure);
  return (
    <fieldset className="card import-columns" data-testid="import-columns" onChange={onChange}>
      <legend>{t("columnsTitle")}</legend>
      <p className={unsure ? "alert" : "muted"}>{unsure ? t("columnsUnsure") : t("columnsIntro")}</p>
      {reading.sheets.length > 1 && reading.sheet !== null && (
        <FormField id="import-sheet" label={t("sheet")}>
          <select name="sheet" defaultValue={reading.sheet}>
            {reading.sheets.map((sheet) => (
              <option key={sheet} value={sheet}>
                {sheet}
              </option>
            ))}
          </select>
        </FormField>
      )}
      <TableScroll label={t("columnsTitle")}>
        <table>
          <caption className="sr-only">{t("columnsTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("fileColumn")}</th>
              <th scope="col">{t("readAs")}</th>
            </tr>
          </thead>
          <tbody>
            {reading.columns.map((column, index) => {
              const options: Meaning[] = ["ignore", ...FIELDS_OF[kind], ...(isMonth(column.meaning) ? [column.meaning] : [])];
              const id = `import-column-${index}`;
              return (
                <tr key={`${index}-${column.heading}`} className={column.sure ? undefined : "row-unsure"}>
                  <th scope="row">
                    <label htmlFor={id}>{column.heading || t("noHeading")}</label>
                    {!column.sure && <span className="badge"> {t("unsure")}</span>}
                  </th>
                  <td>
                    <input type="hidden" name="mapHeading" value={column.heading} />
                    <select id={id} name="mapMeaning" defaultValue={column.meaning}>
                      {options.map((meaning) => (
                        <option key={meaning} value={meaning}>
                          {label(meaning)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <FormField id="import-save-mapping" label={t("saveMapping")} hint={t("saveMappingHint")} error={saveError}>
        <input name="saveMappingAs" maxLength={80} autoComplete="off" />
      </FormField>
    </fieldset>
  );
}
