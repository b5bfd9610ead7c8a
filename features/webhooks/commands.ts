// What each change to webhooks is, written once: the forms (actions.ts) and
// the JSON API routes run these same definitions.
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/platform/http/define-action";
import type { SessionUser } from "@/platform/auth/data";
import { ADMINISTER } from "@/platform/auth/permissions";
import { Invalid, NotFound } from "@/platform/errors/domain-errors";
import { checkReachable, RefusedAddress } from "@/platform/outbound/post";
import { findWebhook } from "./data";
import { describeAnswer, sendSigned } from "./deliver";
import { addWebhook, removeWebhook } from "./mutations";
import { webhookBody } from "./plan";
import { addWebhookSchema, webhookIdSchema } from "./schema";
import { openWebhook } from "./secrets";

const define = <S extends z.ZodType, T>(definition: ActionDefinition<S, T, SessionUser>) => definition;

const PAGES = ["/admin/webhooks"];

export const addWebhookCommand = define({
  input: addWebhookSchema,
  permission: () => ADMINISTER,
  run: async (input, user) => {
    try {
      await checkReachable(input.url, input.allowPrivateNetwork);
    } catch (error) {
      throw new Invalid({ url: { code: error instanceof RefusedAddress ? "webhook-private" : "webhook-unresolved" } });
    }
    return addWebhook(user.id, input);
  },
  revalidate: PAGES,
});

export const removeWebhookCommand = define({
  input: webhookIdSchema,
  permission: () => ADMINISTER,
  run: async ({ webhookId }, user) => {
    if (!(await removeWebhook(user.id, webhookId))) throw new NotFound();
    return null;
  },
  revalidate: PAGES,
});

/** Sends a signed "ping" now (not queued) and says what the receiver answered. */
export const testWebhookCommand = define({
  input: webhookIdSchema,
  permission: () => ADMINISTER,
  run: async ({ webhookId }) => {
    const hook = await findWebhook(webhookId);
    const opened = hook ? openWebhook(hook) : null;
    if (!hook || !opened) throw new NotFound();
    const now = new Date();
    const id = `evt_ping_${now.getTime()}`;
    try {
      const answer = await sendSigned({ ...opened, allowPrivateNetwork: hook.allowPrivateNetwork }, "ping", id, webhookBody(id, "ping", now, { webhookId }), now);
      return { ok: answer.status >= 200 && answer.status < 300, answer: describeAnswer(answer) };
    } catch (error) {
      return { ok: false, answer: error instanceof Error ? error.message : String(error) };
    }
  },
});
