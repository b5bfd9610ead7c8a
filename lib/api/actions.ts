"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "../auth/session";
import { createToken, revokeToken } from "./mutations";

export type TokenFormState =
  | { status: "idle" }
  | { status: "created"; name: string; token: string }
  | { status: "invalid" }
  | { status: "error" };

const nameSchema = z.string().trim().min(1).max(60);

/** Creates a token for the signed-in user; its value is returned once. */
export async function createTokenAction(_previous: TokenFormState, formData: FormData): Promise<TokenFormState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error" };
  const name = nameSchema.safeParse(formData.get("name"));
  if (!name.success) return { status: "invalid" };
  const token = await createToken(user.id, name.data);
  revalidatePath("/settings/tokens");
  return { status: "created", name: name.data, token };
}

/** Revokes one of the signed-in user's tokens (another user's token id does nothing). */
export async function revokeTokenAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  const id = z.string().min(1).max(64).safeParse(formData.get("tokenId"));
  if (!user || !id.success) return;
  await revokeToken(user.id, id.data);
  revalidatePath("/settings/tokens");
}
