import "server-only";
import { z } from "zod";
import { defineQuery } from "@/platform/http/query";
import { listTokens } from "@/platform/auth/token-data";

/** The user's own API tokens, and why the latest revoked ones stopped. */
export const tokenListQuery = defineQuery({
  input: z.object({}),
  permission: (user) => ({ action: "manage-tokens", ownerId: user.id }),
  read: (_input, user) => listTokens(user.id),
});
