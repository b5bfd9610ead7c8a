import { getFormatter, getTranslations } from "next-intl/server";
import { TableScroll } from "@/components/ui/table-scroll";
import type { RevokedTokenRecord } from "@/platform/auth/token-data";
import { DATE_AND_TIME } from "@/platform/i18n/format";

/** The user's latest revoked API tokens, each with why it stopped (its owner, or a password change, a reset, a deactivation, a role change). */
export async function RevokedTokenList({ tokens }: { tokens: RevokedTokenRecord[] }) {
  if (tokens.length === 0) return null;
  const t = await getTranslations("tokens");
  const format = await getFormatter();
  const date = (iso: string) => format.dateTime(new Date(iso), DATE_AND_TIME);
  return (
    <section className="card" aria-labelledby="revoked-tokens-title">
      <h2 id="revoked-tokens-title">{t("revokedTitle")}</h2>
      <p className="muted">{t("revokedIntro")}</p>
      <TableScroll label={t("revokedCaption")}>
        <table data-testid="revoked-tokens">
          <caption className="sr-only">{t("revokedCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("createdAt")}</th>
              <th scope="col">{t("revokedAt")}</th>
              <th scope="col">{t("why")}</th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>{date(token.createdAt)}</td>
                <td>{date(token.revokedAt)}</td>
                <td>{t(`revokedBy.${token.reason}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
