// Issue 29, finding 3: the current-password check of /settings/account is
// slowed down by the sign-in counters, per account and per address.
import { describe, expect, it } from "vitest";
import { changeOwnPassword } from "../../features/account/mutations";
import { toApiError } from "../../platform/http/errors";
import { authenticate } from "../../platform/auth/credentials";
import { TooManyAttempts } from "../../platform/errors/domain-errors";
import { THROTTLE } from "../../platform/auth/throttle";
import { verifyPassword } from "../../platform/auth/password";
import { createUser, testDb } from "../factories";

const NEW_PASSWORD = "a brand new passphrase";

/** Why a password change was refused: the current password's field code, or "changed". */
async function outcome(change: Promise<unknown>): Promise<string> {
  const caught = await change.then(() => null, (error: unknown) => error);
  if (caught === null) return "changed";
  const error = toApiError(caught);
  if (!error) throw caught;
  return error.fields.current?.code ?? error.code;
}

const passwordHash = async (id: string) => (await testDb().user.findUniqueOrThrow({ where: { id } })).passwordHash;
const waitOver = (key: string) => testDb().signInThrottle.updateMany({ where: { key }, data: { blockedUntil: new Date(Date.now() - 1000) } });

describe("the current-password check", () => {
  it("checks at most a few of 30 wrong guesses sent at once; the rest are told to wait", async () => {
    const rep = await createUser();
    const outcomes = await Promise.all(Array.from({ length: 30 }, (_, i) => outcome(changeOwnPassword(rep.id, `guess-${i}`, NEW_PASSWORD, `198.51.100.${i}`))));
    const checked = outcomes.filter((o) => o === "password-wrong").length;
    // The free ones, and a few more on a machine so busy that a wait of 1, 2 or 4 s runs out during the burst.
    expect(checked).toBeGreaterThanOrEqual(THROTTLE.account.free + 1);
    expect(checked).toBeLessThanOrEqual(10);
    expect(outcomes.filter((o) => o === "attempts-wait-seconds")).toHaveLength(30 - checked);
  });

  it("tells the right password to wait too during the wait, and shares the count with sign-in", async () => {
    const rep = await createUser();
    for (let i = 0; i <= THROTTLE.account.free; i++) expect(await outcome(changeOwnPassword(rep.id, `guess-${i}`, NEW_PASSWORD))).toBe("password-wrong");
    const before = await passwordHash(rep.id);
    expect(await outcome(changeOwnPassword(rep.id, rep.password, NEW_PASSWORD))).toBe("attempts-wait-seconds");
    expect(await passwordHash(rep.id)).toBe(before);
    await expect(authenticate({ email: rep.email, password: rep.password })).rejects.toBeInstanceOf(TooManyAttempts);

    await waitOver(`account:${rep.email}`);
    expect(await outcome(changeOwnPassword(rep.id, rep.password, NEW_PASSWORD))).toBe("changed");
    expect(await verifyPassword(await passwordHash(rep.id), NEW_PASSWORD)).toBe(true);
    // A success starts the account afresh, as a sign-in does.
    expect(await testDb().signInThrottle.findUnique({ where: { key: `account:${rep.email}` } })).toBeNull();
  });

  it("counts per address as sign-in does: one address guessing many accounts' passwords is slowed down", async () => {
    const address = "203.0.113.29";
    for (let i = 0; i < THROTTLE.address.free; i++) {
      const rep = await createUser();
      expect(await outcome(changeOwnPassword(rep.id, "Summer2026!", NEW_PASSWORD, address))).toBe("password-wrong");
    }
    const last = await createUser();
    expect(await outcome(changeOwnPassword(last.id, "Summer2026!", NEW_PASSWORD, address))).toBe("password-wrong");
    expect(await outcome(changeOwnPassword(last.id, last.password, NEW_PASSWORD, address))).toBe("attempts-wait-seconds");
    await testDb().signInThrottle.deleteMany({ where: { key: `address:${address}` } });
  });
});
