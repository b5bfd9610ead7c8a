import "server-only";
import { recordEvent } from "@/platform/audit/mutations";
import { db } from "@/platform/db/prisma";
import type { ImportKind } from "./kinds";
import type { Mapping } from "./table";

/** Saves (or replaces) the mapping `name` of `kind`, in the audit log too. */
export async function saveMapping(kind: ImportKind, name: string, columns: Mapping, actorId: string): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.importMapping.upsert({
      where: { kind_name: { kind, name } },
      create: { kind, name, columns, createdById: actorId },
      update: { columns },
    });
    await recordEvent(tx, { kind: "import.mapping", actorId, details: { kind, name, columns } });
  });
}
