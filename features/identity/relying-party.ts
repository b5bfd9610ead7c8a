import "server-only";
import { headers } from "next/headers";
import { Invalid } from "@/platform/errors/domain-errors";
import { relyingPartyOf, type RelyingParty } from "./webauthn";

/** This request's relying party; refused, saying why, at an address passkeys cannot work at. */
export async function relyingParty(): Promise<RelyingParty> {
  const rp = relyingPartyOf(await headers());
  if (!rp) throw new Invalid({ passkey: { code: "passkey-address" } });
  return rp;
}

/** Whether this page's address can use passkeys (a domain name, not a numeric address). */
export async function passkeysWorkHere(): Promise<boolean> {
  return relyingPartyOf(await headers()) !== null;
}
