"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { bookmarkletCode } from "@/features/scores/paste/handoff";

/**
 * The "Send to SSI Board" bookmark a rep drags to their bookmarks bar once.
 * Its address is set once the page runs, for the address this app was opened
 * at (React refuses to render a `javascript:` href itself).
 */
export function LinkedInBookmarklet() {
  const t = useTranslations("scoreForm");
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    link.current?.setAttribute("href", bookmarkletCode(window.location.origin));
  }, []);
  return (
    <section className="card" aria-labelledby="bookmarklet-title">
      <h2 id="bookmarklet-title">{t("bookmarkletTitle")}</h2>
      <p>{t("bookmarkletHelp")}</p>
      <p>
        <a ref={link} className="button button-secondary bookmarklet" data-testid="bookmarklet" onClick={(e) => e.preventDefault()}>
          {t("bookmarkletLink")}
        </a>
      </p>
      <p className="muted">{t("bookmarkletPrivacy")}</p>
    </section>
  );
}
