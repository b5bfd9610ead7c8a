import "server-only";
import { db } from "@/platform/db/prisma";
import type { StoredCredential } from "./webauthn";

const CREDENTIAL = { credentialId: true, publicKey: true, counter: true, transports: true } as const;

/** A person's passkeys as WebAuthn needs them (to exclude at registration, to allow as a second factor). */
export async function credentialsOf(userId: string): Promise<StoredCredential[]> {
  return db().passkey.findMany({ where: { userId }, select: CREDENTIAL, orderBy: { createdAt: "asc" } });
}

/** The passkey a browser answered with, and its owner as signing in needs them; null when nobody has it. */
export async function passkeyByCredential(credentialId: string) {
  return db().passkey.findUnique({
    where: { credentialId },
    select: { id: true, ...CREDENTIAL, user: { select: { id: true, name: true, email: true, role: true, sessionVersion: true, active: true } } },
  });
}
