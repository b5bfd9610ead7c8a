import { getFormatter, getNow, getTranslations } from "next-intl/server";
import { RowAction } from "@/components/ui/row-action";
import { TableScroll } from "@/components/ui/table-scroll";
import { revokeTokenAction } from "@/features/account/token-actions";
import type { TokenRecord } from "@/platform/auth/token-data";
import { DATE_AND_TIME } from "@/platform/i18n/format";

/** The user's API tokens that are not revoked (what each may do, until when), each with its revoke button. */
export async function TokenList({ tokens }: { tokens: TokenRecord[] }) {
  const t = await getTranslations("tokens");
  const format = await getFormatter();
  const now = await getNow();
  const date = (iso: string) => format.dateTime(new Date(iso), DATE_AND_TIME);
  return (
    <section className="card">
      {tokens.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <TableScroll label={t("caption")}>
          <table>
            <caption className="sr-only">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("createdAt")}</th>
                <th scope="col">{t("lastUsed")}</th>
                <th scope="col">{t("access")}</th>
                <th scope="col">{t("expires")}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{date(token.createdAt)}</td>
                  <td>{token.lastUsedAt ? date(token.lastUsedAt) : t("never")}</td>
                  <td>{token.readOnly ? t("accessRead") : t("accessReadWrite")}</td>
                  <td>
                    {token.expiresAt === null
                      ? t("expiresNever")
                      : new Date(token.expiresAt) <= now
                        ? t("expiredOn", { date: date(token.expiresAt) })
                        : date(token.expiresAt)}
                  </td>
                  <td>
                    <RowAction action={revokeTokenAction} name="tokenId" value={token.id} label={t("revokeLabel", { name: token.name })}>
                      {t("revoke")}
                    </RowAction>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
