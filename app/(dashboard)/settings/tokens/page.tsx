import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TokenForm } from "@/components/settings/token-form";
import { TokenList } from "@/components/settings/token-list";
import { listTokens } from "@/lib/api/data";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tokens"))("title") };
}

/** Every user manages their own API tokens here. */
export default async function TokensPage() {
  const user = await requireUser();
  const t = await getTranslations("tokens");
  const tokens = await listTokens(user.id);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <section className="card">
        <TokenForm />
      </section>
      <TokenList tokens={tokens} />
    </>
  );
}
