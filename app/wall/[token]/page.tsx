import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WallBoard } from "@/features/board/components/wall-board";
import { loadWall } from "@/features/board/wall-screen-load";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The office TV: no sign-in, the secret link is the credential. */
export default async function WallPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const data = await loadWall(token);
  if (!data) notFound();
  return <WallBoard token={token} initial={data} />;
}
