import "server-only";
import { db } from "@/platform/db/prisma";
import { recordEvent } from "@/platform/audit/mutations";
import { Invalid } from "@/platform/errors/domain-errors";
import { sealChannelUrl } from "./links";

export interface NewChannel {
  medium: "slack" | "teams";
  name: string;
  teamId: string | null;
  url: string;
}

/** Adds a Slack or Teams webhook; its URL is sealed before it is stored, and never shown again. */
export async function addChannel(actorId: string, input: NewChannel): Promise<{ id: string }> {
  return db().$transaction(async (tx) => {
    if (input.teamId && !(await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true } }))) {
      throw new Invalid({ teamId: { code: "team-invalid" } });
    }
    const channel = await tx.notificationChannel.create({
      data: { medium: input.medium, name: input.name, teamId: input.teamId, createdById: actorId, ...sealChannelUrl(input.url) },
      select: { id: true, urlHint: true },
    });
    await recordEvent(tx, { kind: "channel.add", actorId, details: { id: channel.id, medium: input.medium, name: input.name, teamId: input.teamId, url: channel.urlHint } });
    return { id: channel.id };
  });
}

/** Removes a channel; false when there is none. Its queued messages go with it. */
export async function removeChannel(actorId: string, channelId: string): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const removed = await tx.notificationChannel.deleteMany({ where: { id: channelId } });
    if (removed.count === 0) return false;
    await tx.notificationSetting.deleteMany({ where: { scope: `channel:${channelId}` } });
    await recordEvent(tx, { kind: "channel.remove", actorId, details: { id: channelId } });
    return true;
  });
}
