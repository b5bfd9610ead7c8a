// An import, written once for the admin's import page and the JSON API.
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "@/platform/http/define-action";
import type { SessionUser } from "@/platform/auth/data";
import { isMonth } from "@/platform/time/month";
import { companyMonth } from "@/features/settings";
import { IMPORT_KINDS, type ImportKind } from "./kinds";
import { savedMapping } from "./mapping-data";
import { saveMapping } from "./mapping-mutations";
import { runImport, type ImportResult } from "./mutations";
import type { FileReading } from "./reading";
import { chosenMonth, columnChoices, mappingName, mappingText } from "./schema";
import { MAX_IMPORT_BYTES } from "./sheet";
import type { Mapping } from "./table";
import { Invalid } from "@/platform/errors/domain-errors";

/** The file as the form uploads it, or the bytes (or CSV text) the API receives. */
const fileBytes = z.union([z.instanceof(File), z.instanceof(Uint8Array), z.string()], "file-required").transform(async (file, ctx) => {
  const size = typeof file === "string" ? Buffer.byteLength(file) : file instanceof File ? file.size : file.byteLength;
  if (size === 0) ctx.addIssue({ code: "custom", message: "file-required" });
  else if (size > MAX_IMPORT_BYTES) ctx.addIssue({ code: "custom", message: "file-too-large" });
  else if (file instanceof File) return new Uint8Array(await file.arrayBuffer());
  else return typeof file === "string" ? new Uint8Array(Buffer.from(file, "utf8")) : file;
  return z.NEVER;
});

const optionalText = (schema: z.ZodType<string>) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

const define = <S extends z.ZodType, T>(definition: ActionDefinition<S, T, SessionUser>) => definition;

/** What the admin chose, saved or not: the named mapping, then the columns chosen on top of it. */
async function mappingFor(kind: ImportKind, name: string | undefined, chosen: Mapping): Promise<Mapping> {
  if (name === undefined) return chosen;
  const saved = await savedMapping(kind, name);
  if (!saved) throw new Invalid({ mappingName: { code: "mapping-unknown" } });
  return { ...saved, ...chosen };
}

/** What a saved mapping keeps: every column's meaning except months read from their headings (next month's file has others). */
const toSave = (reading: FileReading): Mapping =>
  Object.fromEntries(reading.columns.filter((c) => c.heading !== "" && (c.mapped || !isMonth(c.meaning))).map((c) => [c.heading, c.meaning]));

export const importFile = define({
  input: z.object({
    kind: z.enum(IMPORT_KINDS, "import-kind-invalid"),
    file: fileBytes,
    dryRun: z.preprocess((v) => v !== false && v !== "false", z.boolean()),
    month: z.preprocess((v) => v ?? "", chosenMonth),
    sheet: optionalText(z.string().max(200, "too-long")),
    mapping: z.preprocess((v) => (v === undefined ? "" : typeof v === "object" && v !== null && !(v instanceof File) ? JSON.stringify(v) : v), mappingText),
    mappingName: optionalText(mappingName),
    saveMappingAs: optionalText(mappingName),
    mapHeading: z.unknown().optional(),
    mapMeaning: z.unknown().optional(),
  }).transform(async ({ mapHeading, mapMeaning, ...input }, ctx) => {
    // The form's column choices, on top of a mapping sent as JSON (the API's way).
    const choices = await columnChoices.safeParseAsync({ mapHeading, mapMeaning });
    if (!choices.success) {
      ctx.addIssue({ code: "custom", message: "mapping-invalid", path: ["mapping"] });
      return z.NEVER;
    }
    return { ...input, mapping: { ...input.mapping, ...choices.data } };
  }),
  permission: () => ({ action: "administer" }),
  run: async (input, user): Promise<ImportResult & { savedMapping: string | null }> => {
    const mapping = await mappingFor(input.kind, input.mappingName, input.mapping);
    const result = await runImport(input.kind, input.file, {
      dryRun: input.dryRun,
      actorId: user.id,
      currentMonth: await companyMonth(),
      month: input.month,
      sheet: input.sheet ?? null,
      mapping,
    });
    // Saved once the file reads cleanly with it: a mapping that leaves errors is not worth keeping.
    const name = input.saveMappingAs;
    const saved = name !== undefined && result.errors.length === 0 && result.reading !== null ? name : null;
    if (saved !== null && result.reading) await saveMapping(input.kind, saved, toSave(result.reading), user.id);
    return { ...result, savedMapping: saved };
  },
  revalidate: ["/"],
});
