import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenForm } from "@/features/account/components/token-form";
import { RevokedTokenList } from "@/features/account/components/revoked-token-list";
import { TokenList } from "@/features/account/components/token-list";
import { tokenListQuery } from "@/features/account/queries";
import { pageQuery } from "@/platform/http/page-query";
import { requireUser } from "@/platform/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

/** Every user manages their own API tokens here, and sees why the latest revoked ones stopped. */
export default async function TokensPage() {
  const user = await requireUser();
  const t = await getTranslations("tokens");
  const { tokens, revoked } = await pageQuery(user, tokenListQuery, {});
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card">
        <TokenForm />
      </section>
      <TokenList tokens={tokens} />
      <RevokedTokenList tokens={revoked} />
    </>
  );
}
