"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { can } from "../auth/permissions";
import { getCurrentUser } from "../auth/session";
import { findTeam } from "../teams/data";
import { createWallLink, revokeWallLink } from "./mutations";

export type WallLinkState = { status: "idle" } | { status: "created"; team: string; path: string } | { status: "error" };

const id = z.string().min(1).max(64);

async function admin() {
  const user = await getCurrentUser();
  return user && can(user, { action: "administer" }) ? user : null;
}

/** Creates a wall link for a team (admins only); the path is returned once. */
export async function createWallLinkAction(_previous: WallLinkState, formData: FormData): Promise<WallLinkState> {
  const user = await admin();
  const teamId = id.safeParse(formData.get("teamId"));
  const team = user && teamId.success ? await findTeam(teamId.data) : null;
  if (!user || !team) return { status: "error" };
  const token = await createWallLink(team.id, user.id);
  revalidatePath("/admin");
  return { status: "created", team: team.name, path: `/wall/${token}` };
}

/** Revokes a wall link (admins only). */
export async function revokeWallLinkAction(formData: FormData): Promise<void> {
  const linkId = id.safeParse(formData.get("linkId"));
  if (!(await admin()) || !linkId.success) return;
  await revokeWallLink(linkId.data);
  revalidatePath("/admin");
}
