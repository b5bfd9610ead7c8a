"use server";
import { z } from "zod";
import { defineAction } from "@/platform/http/define-action";
import { teamsByIds } from "@/features/people";
import { createWallLink, revokeWallLink } from "./wall-mutations";
import { NotFound } from "@/platform/errors/domain-errors";

const id = z.string().min(1).max(64);

/** Creates a wall link for a team that is not archived (admins only); the path is returned once. */
export const createWallLinkAction = defineAction({
  input: z.object({ teamId: id }),
  permission: () => ({ action: "administer" }),
  run: async ({ teamId }, user) => {
    // An archived team's links were revoked with it: it gets no new one until restored.
    const [team] = await teamsByIds([teamId]);
    if (!team) throw new NotFound();
    const token = await createWallLink(team.id, user.id);
    return { team: team.name, path: `/wall/${token}` };
  },
  revalidate: ["/admin"],
});

/** Revokes a wall link (admins only). */
export const revokeWallLinkAction = defineAction({
  input: z.object({ linkId: id }),
  permission: () => ({ action: "administer" }),
  run: async ({ linkId }, user) => {
    await revokeWallLink(linkId, user.id);
    return null;
  },
  revalidate: ["/admin"],
});
