// An import, written once for the admin's import page and the JSON API.
import "server-only";
import { z } from "zod";
import type { ActionDefinition } from "../actions/define-action";
import type { SessionUser } from "../auth/data";
import { companyMonth } from "../settings/data";
import { IMPORT_KINDS } from "./kinds";
import { MAX_IMPORT_BYTES } from "./read-csv";
import { runImport } from "./mutations";

/** The file as the form uploads it, or the CSV text the API receives. */
const csvText = z.union([z.instanceof(File), z.string()], "file-required").transform(async (file, ctx) => {
  const size = typeof file === "string" ? Buffer.byteLength(file) : file.size;
  if (size === 0) ctx.addIssue({ code: "custom", message: "file-required" });
  else if (size > MAX_IMPORT_BYTES) ctx.addIssue({ code: "custom", message: "file-too-large" });
  else return typeof file === "string" ? file : file.text();
  return z.NEVER;
});

const define = <S extends z.ZodType, T>(definition: ActionDefinition<S, T, SessionUser>) => definition;

export const importFile = define({
  input: z.object({
    kind: z.enum(IMPORT_KINDS, "import-kind-invalid"),
    file: csvText,
    dryRun: z.preprocess((v) => v !== false && v !== "false", z.boolean()),
  }),
  permission: () => ({ action: "administer" }),
  run: async ({ kind, file, dryRun }, user) => runImport(kind, file, { dryRun, actorId: user.id, currentMonth: await companyMonth() }),
  revalidate: ["/"],
});
