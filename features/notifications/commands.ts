// What each change to notifications is, written once: the forms (actions.ts)
// and the JSON API routes run these same definitions.
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/platform/http/define-action";
import type { SessionUser } from "@/platform/auth/data";
import { ADMINISTER } from "@/platform/auth/permissions";
import { Conflict, NotFound } from "@/platform/errors/domain-errors";
import { mailEnabled, sendMail } from "@/platform/mail/transport";
import type { TestAnswer } from "@/components/ui/test-answer-form";
import { findTeam } from "@/features/people";
import { findChannel, findRecipient, scopes } from "./data";
import { channelBody, emailFor, postToChannel } from "./deliver";
import { kindsFor } from "./kinds";
import { openChannelUrl, readUnsubscribeToken } from "./links";
import { kindsAtScope } from "./queries";
import { addChannel, removeChannel } from "./channel-mutations";
import { setSwitches, switchOff } from "./setting-mutations";
import { addChannelSchema, channelIdSchema, ownSwitchesSchema, scopeSwitchesSchema, unsubscribeSchema } from "./schema";
import { personExists } from "./unsubscribe-data";

const define = <S extends z.ZodType, T, U extends SessionUser | null = SessionUser>(definition: ActionDefinition<S, T, U>) => definition;

const PAGES = ["/admin/notifications", "/settings/notifications"];

export const saveOwnSwitches = define({
  input: ownSwitchesSchema,
  permission: (user) => ({ action: "edit-account", ownerId: user.id }),
  run: async ({ on }, user) => {
    const kinds = kindsFor(user.role);
    await setSwitches(user.id, scopes.user(user.id), on.filter((kind) => kinds.includes(kind)), kinds);
    return { on: on.filter((kind) => kinds.includes(kind)) };
  },
  revalidate: PAGES,
});

export const saveScopeSwitches = define({
  input: scopeSwitchesSchema,
  permission: () => ADMINISTER,
  run: async ({ scope, on }, user) => {
    const [kind, id] = scope.split(":") as [string, string | undefined];
    if (kind === "team" && !(id && (await findTeam(id)))) throw new NotFound();
    if (kind === "channel" && !(id && (await findChannel(id)))) throw new NotFound();
    const kinds = kindsAtScope(scope);
    const kept = on.filter((k) => kinds.includes(k));
    await setSwitches(user.id, scope, kept, kinds);
    return { scope, on: kept };
  },
  revalidate: PAGES,
});

export const addChannelCommand = define({
  input: addChannelSchema,
  permission: () => ADMINISTER,
  run: async (input, user) => addChannel(user.id, input),
  revalidate: PAGES,
});

export const removeChannelCommand = define({
  input: channelIdSchema,
  permission: () => ADMINISTER,
  run: async ({ channelId }, user) => {
    if (!(await removeChannel(user.id, channelId))) throw new NotFound();
    return null;
  },
  revalidate: PAGES,
});


const answerOf = async (send: () => Promise<string>): Promise<TestAnswer> => {
  try {
    return { ok: true, answer: await send() };
  } catch (error) {
    return { ok: false, answer: error instanceof Error ? error.message : String(error) };
  }
};

export const testChannelCommand = define({
  input: channelIdSchema,
  permission: () => ADMINISTER,
  run: async ({ channelId }, user) => {
    const channel = await findChannel(channelId);
    const url = channel ? openChannelUrl(channel.urlSealed) : null;
    if (!channel || !url) throw new NotFound();
    const locale = (await findRecipient(user.id))?.locale ?? "en";
    return answerOf(() => postToChannel(url, channelBody(channel.medium === "teams" ? "teams" : "slack", { kind: "channel-test" }, locale)));
  },
});

export const testEmailCommand = define({
  input: z.object({}),
  permission: () => ADMINISTER,
  run: async (_input, user) => {
    if (!mailEnabled()) throw new Conflict("email-off");
    const me = await findRecipient(user.id);
    if (!me) throw new NotFound();
    return answerOf(() => sendMail({ to: me.email, ...emailFor({ kind: "test", name: me.name }, me.locale, null) }));
  },
});

/** A link of an email stops one kind for its recipient; anyone holding the link may (the secret is in it). */
export const unsubscribeCommand = define<typeof unsubscribeSchema, { kind: string }, SessionUser | null>({
  input: unsubscribeSchema,
  permission: () => ({ action: "anyone" }),
  run: async ({ token }) => {
    const read = readUnsubscribeToken(token);
    if (!read || !(await personExists(read.userId))) throw new NotFound();
    await switchOff(read.userId, read.kind);
    return { kind: read.kind };
  },
});
