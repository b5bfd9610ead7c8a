import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/features/shell/components/locale-switch";

export default async function SignedOutLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="signed-out">
      <header className="signed-out-header">
        <p className="brand">{t("appName")}</p>
        <LocaleSwitch />
      </header>
      <main id="main" className="signed-out-main">
        {children}
      </main>
    </div>
  );
}
