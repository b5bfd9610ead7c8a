"use server";
import { z } from "zod";
import { defineAction } from "../actions/define-action";
import { ApiError } from "./errors";
import { createToken, revokeToken } from "./mutations";

/** Creates a token for the signed-in user; its value is returned once. */
export const createTokenAction = defineAction({
  input: z.object({ name: z.string().trim().min(1, "token-name").max(60, "token-name") }),
  permission: (user) => ({ action: "manage-tokens", ownerId: user.id }),
  run: async ({ name }, user) => ({ name, token: await createToken(user.id, name) }),
  revalidate: ["/settings/tokens"],
});

/** Revokes one of the signed-in user's tokens (another user's token id is not found). */
export const revokeTokenAction = defineAction({
  input: z.object({ tokenId: z.string().min(1).max(64) }),
  permission: (user) => ({ action: "manage-tokens", ownerId: user.id }),
  run: async ({ tokenId }, user) => {
    if (!(await revokeToken(user.id, tokenId))) throw new ApiError("not-found");
    return null;
  },
  revalidate: ["/settings/tokens"],
});
