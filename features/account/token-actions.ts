"use server";
import { z } from "zod";
import { defineAction } from "@/platform/http/define-action";
import { optionalFlag } from "@/platform/forms/fields";
import { createToken, revokeToken } from "./token-mutations";
import { TOKEN_LIFETIMES } from "./token-lifetimes";
import { NotFound } from "@/platform/errors/domain-errors";

/** Creates a token for the signed-in user; its value is returned once. */
export const createTokenAction = defineAction({
  input: z.object({
    name: z.string().trim().min(1, "token-name").max(60, "token-name"),
    // Left out (an older form, a script): the form's default.
    expires: z.enum(TOKEN_LIFETIMES, "token-expiry").default("90"),
    readOnly: optionalFlag,
  }),
  permission: (user) => ({ action: "manage-tokens", ownerId: user.id }),
  run: async ({ name, expires, readOnly }, user) => ({
    name,
    token: await createToken(user.id, name, { expiresInDays: expires === "never" ? null : Number(expires), readOnly: readOnly ?? false }),
  }),
  revalidate: ["/settings/tokens"],
});

/** Revokes one of the signed-in user's tokens (another user's token id is not found). */
export const revokeTokenAction = defineAction({
  input: z.object({ tokenId: z.string().min(1).max(64) }),
  permission: (user) => ({ action: "manage-tokens", ownerId: user.id }),
  run: async ({ tokenId }, user) => {
    if (!(await revokeToken(user.id, tokenId))) throw new NotFound();
    return null;
  },
  revalidate: ["/settings/tokens"],
});
