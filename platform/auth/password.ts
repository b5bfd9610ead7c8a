// Password hashing with argon2id at OWASP's minimum parameters
// (19 MiB of memory, 2 iterations, 1 lane).
import { hash, verify } from "@node-rs/argon2";

const OWASP_ARGON2ID = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash (the library's default algorithm) of `password`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OWASP_ARGON2ID);
}

/** Whether `password` matches `passwordHash`; false for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps the response time
// the same, so timing does not reveal which emails have accounts.
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword("decoy-password-for-unknown-emails");
  await verifyPassword(await decoy, password);
  return false;
}
