import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { TokenForm } from "@/components/settings/token-form";
import { RowAction } from "@/components/ui/row-action";
import { TableScroll } from "@/components/ui/table-scroll";
import { revokeTokenAction } from "@/lib/api/actions";
import { listTokens } from "@/lib/api/data";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

/** Every user manages their own API tokens here. */
export default async function TokensPage() {
  const user = await requireUser();
  const t = await getTranslations("tokens");
  const format = await getFormatter();
  const tokens = await listTokens(user.id);
  const date = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card">
        <TokenForm />
      </section>
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
                  <td />
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id}>
                    <th scope="row">{token.name}</th>
                    <td>{date(token.createdAt)}</td>
                    <td>{token.lastUsedAt ? date(token.lastUsedAt) : t("never")}</td>
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
    </>
  );
}
