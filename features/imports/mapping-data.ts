import "server-only";
import { db } from "@/platform/db/prisma";
import type { ImportKind } from "./kinds";
import { mappingSchema } from "./schema";
import type { Mapping } from "./table";

export interface SavedMapping {
  name: string;
  columns: Mapping;
}

/** The mappings admins saved for `kind`, by name. */
export async function savedMappings(kind: ImportKind): Promise<SavedMapping[]> {
  const rows = await db().importMapping.findMany({ where: { kind }, orderBy: { name: "asc" }, select: { name: true, columns: true } });
  // A row is only ever written through mappingSchema; one that no longer reads is left out, not trusted.
  return rows.flatMap((row) => {
    const columns = mappingSchema.safeParse(row.columns);
    return columns.success ? [{ name: row.name, columns: columns.data }] : [];
  });
}

/** The saved mapping `name` of `kind`, or null. */
export async function savedMapping(kind: ImportKind, name: string): Promise<Mapping | null> {
  return (await savedMappings(kind)).find((m) => m.name === name)?.columns ?? null;
}
