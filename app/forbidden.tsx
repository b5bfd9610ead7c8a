import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main id="main" className="page page-message">
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenBody")}</p>
      <p>
        <Link href="/">{t("backHome")}</Link>
      </p>
    </main>
  );
}
