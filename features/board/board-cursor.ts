// The board's cursor as the API hands it out. It says where a page ends (the
// row's SSI or progress, name and id: keyset pagination needs all three), so
// it is sealed (platform/security/seal.ts): a rep who may not see scores must not
// read one out of it, nor write one by hand to probe the board. It is bound to
// the board (team or company, kind), the month and whether its viewer sees
// scores; one handed out for another of these is refused, not followed.
import { z } from "zod";
import type { BoardScope } from "@/platform/auth/permissions";
import type { Month } from "@/platform/time/month";
import { appKey, seal, unseal } from "@/platform/security/seal";
import { milliToText, signedMilli } from "@/platform/numbers/decimal";
import type { BoardKind } from "./entries";
import type { BoardCursor } from "./ranking-data";

/** The board a cursor belongs to, and its viewer's class. */
export interface CursorBinding {
  scope: BoardScope;
  kind: BoardKind;
  month: Month;
  showScores: boolean;
}

export type OpenedCursor = { ok: true; cursor: BoardCursor } | { ok: false; code: "cursor-invalid" | "cursor-other-board" };

const cursorKey = () => appKey("ssi-board/board-cursor/v1");

const bindingText = ({ scope, kind, month, showScores }: CursorBinding) =>
  [scope.kind === "team" ? `team:${scope.teamId}` : "company", kind, month, showScores ? "scores" : "names"].join("|");

// The key in a fixed width (sign and six digits of thousandths, or seven
// dashes for none), so that a cursor's length says nothing of the score.
const NO_KEY = "-------";
const keyText = (value: string | null) => {
  if (value === null) return NO_KEY;
  const milli = signedMilli(value);
  return `${milli < 0 ? "-" : "+"}${String(Math.abs(milli)).padStart(6, "0")}`;
};
const keyValue = (text: string) => (text === NO_KEY ? null : milliToText(Number(text)));

const sealedCursor = z.strictObject({
  b: z.string().max(300),
  k: z.string().regex(/^([+-]\d{6}|-{7})$/),
  n: z.string().max(200),
  i: z.string().min(1).max(100),
});

/** `cursor` sealed for the board, month and viewer class of `binding`. */
export function sealCursor(cursor: BoardCursor, binding: CursorBinding): string {
  return seal(cursorKey(), JSON.stringify({ b: bindingText(binding), k: keyText(cursor.key), n: cursor.name, i: cursor.id }));
}

/** The place a cursor marks, when it is one this app sealed for this `binding`. */
export function openCursor(text: string, binding: CursorBinding): OpenedCursor {
  const plain = unseal(cursorKey(), text);
  if (plain === null) return { ok: false, code: "cursor-invalid" };
  let parsed: unknown;
  try {
    parsed = JSON.parse(plain);
  } catch {
    return { ok: false, code: "cursor-invalid" };
  }
  const read = sealedCursor.safeParse(parsed);
  if (!read.success) return { ok: false, code: "cursor-invalid" };
  if (read.data.b !== bindingText(binding)) return { ok: false, code: "cursor-other-board" };
  return { ok: true, cursor: { key: keyValue(read.data.k), name: read.data.n, id: read.data.i } };
}
