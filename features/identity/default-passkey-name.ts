import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { deviceOf } from "@/platform/auth/device";

/** A name to start from for a new passkey: this browser and system ("Chrome on Linux"), which the person can change. */
export async function defaultPasskeyName(): Promise<string> {
  const t = await getTranslations("passkeys");
  const { browser, os } = deviceOf((await headers()).get("user-agent"));
  const name = browser?.replace(/ \d+$/, "") ?? null;
  if (name && os) return t("defaultName", { browser: name, os });
  return name ?? os ?? t("defaultNameUnknown");
}
