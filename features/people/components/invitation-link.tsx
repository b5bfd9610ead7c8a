"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useBrowserValue } from "@/components/ui/browser-value";

/** A one-time link to copy and send: shown once, with when it stops working. */
export function InvitationLink({ name, path, expiresAt }: { name: string; path: string; expiresAt: string }) {
  const t = useTranslations("people");
  // The address the admin uses (localhost, the office name…) is known in the browser only.
  const origin = useBrowserValue<string | null>(() => window.location.origin, null);
  const url = origin ? new URL(path, origin).toString() : path;
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert alert-ok" role="status">
      <p>{t("linkFor", { name, date: new Date(expiresAt).toLocaleDateString() })}</p>
      <p className="inline-fields">
        <input readOnly value={url} aria-label={t("linkLabel", { name })} data-testid="invitation-link" size={50} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="button"
          onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? t("copied") : t("copy")}
        </button>
      </p>
    </div>
  );
}
