import "server-only";
// Single sign-on with OpenID Connect (the authorization code flow with PKCE,
// `state` and `nonce`, the provider found by discovery), through
// openid-client, a certified relying party: it checks the ID token's
// signature against the provider's keys, its issuer, audience, expiry and
// nonce. Between the two legs, the browser keeps the flow's secrets in a
// sealed, short-lived cookie: any instance can finish what another began.
import * as oidc from "openid-client";
import { createHash } from "node:crypto";
import { serverEnv } from "@/platform/config/env";
import type { RequestContext } from "@/platform/auth/request-context";
import { recordSecurityEvent } from "@/platform/auth/security-mutations";
import { startSession } from "@/platform/auth/session-mutations";
import { appKey, seal, unseal } from "@/platform/security/seal";
import { accountForSso, breakGlassEmail, ssoProvider, ssoRules, type SsoProvider } from "./sso-data";
import { createSsoPerson } from "./sso-mutations";

export const SSO_COOKIE = "ssi-sso";
export const SSO_COOKIE_PATH = "/api/auth/sso";
/** The provider's page may take a while (a password, a phone prompt): ten minutes. */
export const SSO_FLOW_S = 10 * 60;
const DISCOVERY_CACHE_MS = 10 * 60_000;

/** Why a single sign-on was refused: the sign-in page says it in the person's language. */
export type SsoRefusal = "sso-off" | "sso-failed" | "sso-unverified" | "sso-no-account" | "sso-domain" | "sso-inactive";

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  callbackUrl: string;
  startedAt: number;
}

const configurations = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

/** The provider's configuration by discovery, kept ten minutes (its keys are fetched by openid-client as it needs them). */
function configuration(provider: SsoProvider): Promise<oidc.Configuration> {
  const key = createHash("sha256").update(`${provider.issuer}\n${provider.clientId}\n${provider.clientSecret}`).digest("hex");
  const known = configurations.get(key);
  if (known && Date.now() - known.at < DISCOVERY_CACHE_MS) return known.config;
  // Plain http only for a provider on this machine (the settings refuse it elsewhere).
  const insecure = new URL(provider.issuer).protocol === "http:";
  const config = oidc.discovery(new URL(provider.issuer), provider.clientId, provider.clientSecret, undefined, {
    timeout: 10,
    ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
  });
  configurations.set(key, { at: Date.now(), config });
  config.catch(() => configurations.delete(key));
  return config;
}

/** The app's own address for the provider's redirect: NEXTAUTH_URL when set, else the address the browser used. */
export function appOrigin(requestUrl: URL): string {
  const configured = serverEnv().NEXTAUTH_URL;
  return configured ? new URL(configured).origin : requestUrl.origin;
}

export const redirectUri = (origin: string) => `${origin}${SSO_COOKIE_PATH}/callback`;

/** The first leg: where to send the browser, and the sealed cookie that remembers the flow. Null when SSO is not set up. */
export async function beginSso(origin: string, callbackUrl: string): Promise<{ location: string; cookie: string } | null> {
  const provider = await ssoProvider();
  if (!provider) return null;
  const config = await configuration(provider);
  const flow: Flow = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), callbackUrl, startedAt: Date.now() };
  const location = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(origin),
    scope: "openid email profile",
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
  return { location: location.href, cookie: seal(appKey("sso-flow"), JSON.stringify(flow)) };
}

function openFlow(cookie: string | undefined): Flow | null {
  const opened = cookie ? unseal(appKey("sso-flow"), cookie) : null;
  if (!opened) return null;
  const flow = JSON.parse(opened) as Flow;
  return Date.now() - flow.startedAt < SSO_FLOW_S * 1000 ? flow : null;
}

/** The verified email of an ID token: `email_verified` (Google, Okta…) or Entra ID's `xms_edov` (its domain owner verified it). */
function verifiedEmail(claims: oidc.IDToken | oidc.UserInfoResponse | undefined): { email: string | null; verified: boolean; name: string | null } {
  const email = typeof claims?.email === "string" ? claims.email.trim().toLowerCase() : null;
  const verified = claims?.email_verified === true || claims?.xms_edov === true;
  const name = typeof claims?.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 100) : null;
  return { email, verified, name };
}

/**
 * The second leg, at the callback: the provider's answer checked (state,
 * PKCE, the ID token's signature, issuer, audience and nonce), then the
 * person found by their verified email, or made when their domain is
 * allowed. A session token, or why not.
 */
export async function finishSso(
  origin: string,
  requestUrl: URL,
  cookie: string | undefined,
  context: RequestContext,
): Promise<{ ok: true; token: string; callbackUrl: string } | { ok: false; reason: SsoRefusal; callbackUrl: string }> {
  const flow = openFlow(cookie);
  const provider = await ssoProvider();
  const refuse = async (reason: SsoRefusal, more: { email?: string | null; actorId?: string | null; error?: string } = {}) => {
    await recordSecurityEvent({ kind: "security.sign-in-failed", actorId: more.actorId ?? null, email: more.email ?? undefined, reason, details: { step: "sso", ...(more.error ? { error: more.error.slice(0, 200) } : {}) }, context });
    return { ok: false as const, reason, callbackUrl: flow?.callbackUrl ?? "/" };
  };
  if (!provider) return refuse("sso-off");
  if (!flow) return refuse("sso-failed", { error: "no flow cookie, or an expired one" });
  let claims: (oidc.IDToken | oidc.UserInfoResponse) | undefined;
  try {
    // The address the provider sent the browser back to, on our own origin (as registered).
    const current = new URL(`${redirectUri(origin)}${requestUrl.search}`);
    const tokens = await oidc.authorizationCodeGrant(await configuration(provider), current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims();
    // Some providers put the email in the ID token (Google, Entra ID), others
    // only in UserInfo (by the spec, for claims asked by scope): then ask it,
    // for the ID token's own subject.
    claims = idToken && typeof idToken.email !== "string" ? { ...(await oidc.fetchUserInfo(await configuration(provider), tokens.access_token, idToken.sub)) } : idToken;
  } catch (error) {
    return refuse("sso-failed", { error: error instanceof Error ? `${(error as { code?: string }).code ?? error.name}: ${error.message}` : String(error) });
  }
  const { email, verified, name } = verifiedEmail(claims);
  if (!email || !verified) return refuse("sso-unverified", { email });
  let account = await accountForSso(email);
  if (!account) {
    const rules = await ssoRules();
    const domain = email.split("@")[1] ?? "";
    if (!rules.jitDomains.includes(domain)) return refuse(rules.jitDomains.length > 0 ? "sso-domain" : "sso-no-account", { email });
    account = await createSsoPerson(email, name ?? email.split("@")[0] ?? email, rules.jitTeamId);
  }
  if (!account.active) return refuse("sso-inactive", { email, actorId: account.id });
  // The provider's own rules (its MFA included) stand for the second factor.
  const token = await startSession({ id: account.id, sv: account.sessionVersion }, "SSO", "SIGNED_IN", context);
  await recordSecurityEvent({ kind: "security.sign-in", actorId: account.id, details: { method: "sso" }, context });
  return { ok: true, token, callbackUrl: flow.callbackUrl };
}

/** Whether "SSO only" refuses a password for `email` (as typed, lower-cased): everyone's but the break-glass admin's, and only while SSO is set up (a broken setup locks no one out). */
export async function passwordsOffFor(email: string): Promise<boolean> {
  const rules = await ssoRules();
  if (!rules.ssoOnly || !(await ssoProvider())) return false;
  return (await breakGlassEmail(rules.breakGlassUserId)) !== email;
}

/** What the sign-in page offers: the provider's button, and whether passwords are off. */
export async function signInChoices(): Promise<{ sso: { name: string } | null; ssoOnly: boolean }> {
  const [provider, rules] = await Promise.all([ssoProvider(), ssoRules()]);
  return { sso: provider ? { name: provider.name } : null, ssoOnly: Boolean(provider) && rules.ssoOnly };
}

/** The redirect URI to register at the provider, as this request's address makes it (NEXTAUTH_URL when set). */
export function ssoRedirectUri(requestHeaders: Headers): string {
  const protocol = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  const seen = `${protocol}://${requestHeaders.get("host") ?? ""}`;
  return redirectUri(appOrigin(new URL(URL.canParse(seen) ? seen : "http://localhost:3000")));
}
