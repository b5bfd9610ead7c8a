import { getTranslations } from "next-intl/server";
import { addPasskeyAction, passkeyOptionsAction } from "../actions";
import { defaultPasskeyName } from "../default-passkey-name";
import { passkeysWorkHere } from "../relying-party";
import { AddPasskey } from "./passkey-ceremony";
import { PasskeyList, type PasskeyView } from "./passkey-list";

/** The security page's passkeys: one's own, each removable, and adding one (where this address allows it). */
export async function PasskeySection({ passkeys }: { passkeys: PasskeyView[] }) {
  const [t, tf, available, defaultName] = await Promise.all([getTranslations("passkeys"), getTranslations("twoFactor"), passkeysWorkHere(), defaultPasskeyName()]);
  return (
    <section className="card" aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <PasskeyList passkeys={passkeys} />
      <AddPasskey
        options={passkeyOptionsAction}
        add={addPasskeyAction}
        defaultName={defaultName}
        available={available}
        after={<a href="/settings/security" className="button button-primary button-link">{tf("done")}</a>}
      />
    </section>
  );
}
