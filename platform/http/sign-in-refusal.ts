// Why a sign-in was refused, as the sign-in endpoint answers it and the
// sign-in page shows it (after a post without JavaScript).
import { waitInWords } from "@/platform/auth/throttle";

/** Why single sign-on (or a password, under "SSO only") was refused: features/identity/sso.ts. */
export const SSO_REFUSALS = ["sso-only", "sso-off", "sso-failed", "sso-unverified", "sso-no-account", "sso-domain", "sso-inactive"] as const;
type SsoRefusalCode = (typeof SSO_REFUSALS)[number];

export type SignInRefusalCode = "invalid-credentials" | "too-many-attempts" | "database-unavailable" | "cross-site" | SsoRefusalCode;

export interface SignInRefusal {
  code: SignInRefusalCode;
  /** When to try again, in seconds (too many attempts, database unavailable). */
  retryAfterS?: number;
}

const STATUS: Record<SignInRefusalCode, number> = {
  "invalid-credentials": 401,
  "too-many-attempts": 429,
  "database-unavailable": 503,
  "cross-site": 403,
  ...(Object.fromEntries(SSO_REFUSALS.map((code) => [code, 401])) as Record<SsoRefusalCode, number>),
};

type Translate = (key: "signIn.invalid" | "signIn.tooManySeconds" | "signIn.tooManyMinutes" | "signIn.failed" | "api.cross-site" | `signIn.sso.${SsoRefusalCode}`, values?: Record<string, number>) => string;

/** A refusal's HTTP status and its message, through `t` (a translator over the whole catalogue). */
export function signInRefusal(refusal: SignInRefusal, t: Translate): { status: number; message: string } {
  return { status: STATUS[refusal.code], message: refusalMessage(refusal, t) };
}

function refusalMessage({ code, retryAfterS = 0 }: SignInRefusal, t: Translate): string {
  switch (code) {
    case "invalid-credentials":
      return t("signIn.invalid");
    case "too-many-attempts": {
      const wait = waitInWords(retryAfterS);
      return "seconds" in wait ? t("signIn.tooManySeconds", wait) : t("signIn.tooManyMinutes", wait);
    }
    case "database-unavailable":
      return t("signIn.failed");
    case "cross-site":
      return t("api.cross-site");
    default:
      return t(`signIn.sso.${code}`);
  }
}

/** A refusal named in the sign-in page's address (`?error=…&wait=…`), or null. */
export function refusalFromQuery(error: unknown, wait: unknown): SignInRefusal | null {
  if (typeof error !== "string" || !(error in STATUS)) return null;
  const seconds = typeof wait === "string" && /^\d{1,6}$/.test(wait) ? Number(wait) : undefined;
  return { code: error as SignInRefusalCode, ...(seconds ? { retryAfterS: seconds } : {}) };
}
