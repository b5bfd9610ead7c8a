// The page a browser gets while the database cannot be reached: a 503 that
// says so in the visitor's language and tries again by itself. Written here
// as plain HTML, as the app's own pages and layout cannot render without the
// database (the session, the settings, the language of a signed-in user).
import { RETRY_AFTER_S } from "@/platform/db/unavailable";
import { translator } from "@/platform/i18n/translator";
import type { AppLocale } from "@/platform/i18n/config";
import { escapeHtml } from "@/platform/security/html";


/** The 503 page's HTML in `locale`; it reloads itself after RETRY_AFTER_S seconds. */
export function unavailablePage(locale: AppLocale): string {
  const t = translator(locale);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_S * 2}">
<title>${escapeHtml(t("unavailable.title"))} · SSI Board</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}h1{font-size:1.4rem}</style>
</head>
<body>
<main>
<h1>${escapeHtml(t("unavailable.title"))}</h1>
<p>${escapeHtml(t("unavailable.body"))}</p>
<p>${escapeHtml(t("unavailable.retry"))}</p>
</main>
</body>
</html>
`;
}
