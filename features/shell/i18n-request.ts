import { getRequestConfig } from "next-intl/server";
import { companyTimeZone } from "@/features/settings";
import { resolveLocale } from "./locale";

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    messages: (await import(`../../platform/i18n/messages/${locale}.json`)).default,
    timeZone: await companyTimeZone(),
  };
});
