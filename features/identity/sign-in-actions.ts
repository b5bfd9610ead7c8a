"use server";
// The second step of signing in, for a browser whose password was right:
// the code of an authenticator app (or a recovery code), or enrolling an
// app first when the company requires one. Signed out as far as the rest of
// the app knows: these actions hold the pending session themselves.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { definePublicAction } from "@/platform/http/define-action";
import { clearSessionCookie, setSessionCookie } from "@/platform/auth/cookie";
import { safeCallbackUrl } from "@/platform/auth/callback-url";
import { requestContext } from "@/platform/auth/request-context";
import { endSession } from "@/platform/auth/session-mutations";
import { Conflict } from "@/platform/errors/domain-errors";
import { secondFactors } from "./data";
import { confirmTotp } from "./mutations";
import { currentPendingSession } from "./pending";
import { codeField, passkeyNameField } from "./schema";
import { completeSignIn, verifySecondFactor } from "./sign-in";
import { authenticationChallenge, registerPasskey, registrationChallenge, signInWithPasskey, verifyPasskeySecondFactor } from "./passkeys";
import { credentialField } from "./webauthn";
import { relyingParty } from "./relying-party";

const callbackUrl = z.preprocess((v) => safeCallbackUrl(typeof v === "string" ? v : undefined), z.string());

/** The pending sign-in at `step`; without one (expired, another tab finished it) back to the sign-in page. */
async function pendingAt(step: "SECOND_FACTOR" | "ENROL") {
  const pending = await currentPendingSession();
  if (!pending || pending.step !== step) redirect("/sign-in");
  return pending;
}

/** The second factor's code: right, and the browser is signed in and sent on. */
export const verifySecondFactorAction = definePublicAction({
  input: z.object({ code: codeField, callbackUrl }),
  permission: () => ({ action: "anyone" }),
  run: async ({ code, callbackUrl }): Promise<null> => {
    const pending = await pendingAt("SECOND_FACTOR");
    await setSessionCookie(await verifySecondFactor(pending, code, requestContext(await headers())));
    redirect(callbackUrl);
  },
});

/** Confirms the app being enrolled; answers the recovery codes (shown once). The sign-in goes on with finishEnrolmentAction. */
export const confirmEnrolmentAction = definePublicAction({
  input: z.object({ code: codeField }),
  permission: () => ({ action: "anyone" }),
  run: async ({ code }) => {
    const pending = await pendingAt("ENROL");
    return { codes: await confirmTotp(pending.user.id, code, requestContext(await headers())) };
  },
});

/** Once enrolled: signed in, and on to the page asked for. */
export const finishEnrolmentAction = definePublicAction({
  input: z.object({ callbackUrl }),
  permission: () => ({ action: "anyone" }),
  run: async ({ callbackUrl }): Promise<null> => {
    const pending = await pendingAt("ENROL");
    if (!(await secondFactors(pending.user.id)).hasFactor) throw new Conflict("factor-not-started");
    await setSessionCookie(await completeSignIn(pending, requestContext(await headers()), null));
    redirect(callbackUrl);
  },
});

/** Gives up this sign-in (another account, no phone at hand). */
export const cancelSignInAction = definePublicAction({
  input: z.object({}),
  permission: () => ({ action: "anyone" }),
  run: async (): Promise<null> => {
    const pending = await currentPendingSession();
    if (pending) {
      await endSession(pending.user.id, pending.sessionId);
      await clearSessionCookie();
    }
    redirect("/sign-in");
  },
});

/**
 * The options for a passkey ceremony of a sign-in: any passkey to sign in
 * without a password, the person's own as the second factor, or a new one
 * at the enrolment step.
 */
export const passkeyOptionsAction = definePublicAction({
  // A new passkey's name is checked before the browser makes it: a refusal after would leave it on the device.
  input: z.discriminatedUnion("purpose", [
    z.object({ purpose: z.literal("sign-in") }),
    z.object({ purpose: z.literal("second-factor") }),
    z.object({ purpose: z.literal("enrol"), name: passkeyNameField }),
  ]),
  permission: () => ({ action: "anyone" }),
  run: async (input) => {
    if (input.purpose === "sign-in") return authenticationChallenge(await relyingParty(), null);
    if (input.purpose === "second-factor") {
      const pending = await pendingAt("SECOND_FACTOR");
      return authenticationChallenge(await relyingParty(), pending.user.id);
    }
    const pending = await pendingAt("ENROL");
    return registrationChallenge(await relyingParty(), pending.user);
  },
});

/** Signs in with a passkey alone, and on to the page asked for. */
export const passkeySignInAction = definePublicAction({
  input: z.object({ credential: credentialField, callbackUrl }),
  permission: () => ({ action: "anyone" }),
  run: async ({ credential, callbackUrl }): Promise<null> => {
    await setSessionCookie(await signInWithPasskey(await relyingParty(), credential, requestContext(await headers())));
    redirect(callbackUrl);
  },
});

/** A passkey as the second factor after the password. */
export const verifyPasskeyAction = definePublicAction({
  input: z.object({ credential: credentialField, callbackUrl }),
  permission: () => ({ action: "anyone" }),
  run: async ({ credential, callbackUrl }): Promise<null> => {
    const pending = await pendingAt("SECOND_FACTOR");
    await setSessionCookie(await verifyPasskeySecondFactor(await relyingParty(), pending, credential, requestContext(await headers())));
    redirect(callbackUrl);
  },
});

/** A passkey as the factor enrolled at sign-in; the recovery codes when they are new. The sign-in goes on with finishEnrolmentAction. */
export const enrolPasskeyAction = definePublicAction({
  input: z.object({ name: passkeyNameField, credential: credentialField }),
  permission: () => ({ action: "anyone" }),
  run: async ({ name, credential }) => {
    const pending = await pendingAt("ENROL");
    return { codes: await registerPasskey(await relyingParty(), pending.user.id, credential, name, requestContext(await headers())) };
  },
});
