import "server-only";
import { recordEvent } from "@/platform/audit/mutations";
import { db } from "@/platform/db/prisma";
import type { Prisma } from "@/platform/db/generated/client";
import { dateToMonth, monthToDate, type Month } from "@/platform/time/month";
import type { ChallengeInput, TierSetInput } from "./schema";
import { NotFound, MonthClosed, Conflict } from "@/platform/errors/domain-errors";

type Tx = Prisma.TransactionClient;


/** Whether any month from `from` on (to `to`, when given) is closed. */
async function closedFrom(tx: Tx, from: Month, to?: Month): Promise<boolean> {
  const count = await tx.closedMonth.count({
    where: { month: { gte: monthToDate(from), ...(to ? { lte: monthToDate(to) } : {}) } },
  });
  return count > 0;
}

/**
 * Puts the tier set that takes effect in `effectiveFrom` (replacing one of
 * that month). Refused when a month it would apply to is closed: a closed
 * month's payouts never change.
 */
export async function saveTierSet(actorId: string, input: TierSetInput): Promise<void> {
  const effectiveFrom = monthToDate(input.effectiveFrom);
  await db().$transaction(async (tx) => {
    if (await closedFrom(tx, input.effectiveFrom)) {
      throw new MonthClosed({ effectiveFrom: { code: "tiers-month-closed" } });
    }
    await tx.tierSet.deleteMany({ where: { effectiveFrom } });
    await tx.tierSet.create({
      data: {
        effectiveFrom,
        createdById: actorId,
        tiers: {
          create: input.tiers.map((tier) => ({
            name: tier.name,
            minTotal: tier.minTotal,
            rewardText: tier.reward.text,
            rewardAmount: tier.reward.amount,
            rewardCurrency: tier.reward.currency,
          })),
        },
      },
    });
    await recordEvent(tx, { kind: "tiers.set", actorId, month: input.effectiveFrom, details: { tiers: input.tiers } });
  });
}

/** Creates a challenge; refused when a month of its period is closed or its team is gone. */
export async function createChallenge(actorId: string, input: ChallengeInput): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    if (input.teamId && !(await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true } }))) {
      throw new NotFound({ teamId: { code: "team-invalid" } });
    }
    if (await closedFrom(tx, input.from, input.to)) throw new MonthClosed({ from: { code: "challenge-month-closed" } });
    const created = await tx.challenge.create({
      data: {
        title: input.title,
        kind: input.kind,
        teamId: input.teamId,
        fromMonth: monthToDate(input.from),
        toMonth: monthToDate(input.to),
        target: input.target,
        pillar: input.pillar,
        winners: input.winners,
        measure: input.measure,
        rewardText: input.reward.text,
        rewardAmount: input.reward.amount,
        rewardCurrency: input.reward.currency,
        createdById: actorId,
      },
      select: { id: true },
    });
    await recordEvent(tx, { kind: "challenge.create", actorId, month: input.from, details: { id: created.id, ...input } });
    return created;
  });
}

/** Deletes a challenge while no month of its period is closed; false when it does not exist. */
export async function deleteChallenge(actorId: string, id: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const challenge = await tx.challenge.findUnique({ where: { id }, select: { id: true, title: true, fromMonth: true, toMonth: true } });
    if (!challenge) return false;
    if (await closedFrom(tx, dateToMonth(challenge.fromMonth), dateToMonth(challenge.toMonth))) throw new MonthClosed({ id: { code: "challenge-month-closed" } });
    await tx.challenge.delete({ where: { id } });
    await recordEvent(tx, { kind: "challenge.delete", actorId, details: { id, title: challenge.title } });
    return true;
  });
}

/** Closes `month`: its scores can then change only by an admin's correction with a reason. */
export async function closeMonth(actorId: string, month: Month, reason: string | null): Promise<void> {
  await db().$transaction(async (tx) => {
    // Waits for score writes in flight and holds new ones until this commits;
    // a write then finds the month closed (see saveScore).
    await tx.$executeRaw`LOCK TABLE "ScoreEntry" IN SHARE MODE`;
    const [inserted] = await tx.closedMonth.createManyAndReturn({
      data: { month: monthToDate(month), closedById: actorId },
      skipDuplicates: true,
      select: { month: true },
    });
    if (!inserted) throw new Conflict("month-already-closed", { month: { code: "month-already-closed" } });
    await recordEvent(tx, { kind: "month.close", actorId, month, reason });
  });
}

/** Reopens a closed `month`, with the reason kept in the audit log. */
export async function reopenMonth(actorId: string, month: Month, reason: string): Promise<void> {
  await db().$transaction(async (tx) => {
    const { count } = await tx.closedMonth.deleteMany({ where: { month: monthToDate(month) } });
    if (count === 0) throw new Conflict("month-not-closed", { month: { code: "month-not-closed" } });
    await recordEvent(tx, { kind: "month.reopen", actorId, month, reason });
  });
}
