import { getTranslations } from "next-intl/server";
import { passkeyOptionsAction, passkeySignInAction } from "../sign-in-actions";
import { passkeysWorkHere } from "../relying-party";
import { UsePasskey } from "./passkey-ceremony";

/** "Sign in with a passkey" under the password form, where this address and browser allow it. */
export async function PasskeySignIn({ callbackUrl }: { callbackUrl: string }) {
  const [t, available] = await Promise.all([getTranslations("signIn"), passkeysWorkHere()]);
  return (
    <UsePasskey
      purpose="sign-in"
      options={passkeyOptionsAction}
      finish={passkeySignInAction}
      callbackUrl={callbackUrl}
      label={t("passkey")}
      available={available}
      before={<p className="muted sign-in-or">{t("or")}</p>}
    />
  );
}
