// An import's result as the API returns it, each line's problem with its message.
import type { Translator } from "@/platform/i18n/translator";
import type { LineError } from "./kinds";
import type { ImportResult } from "./mutations";

export function importJson(result: ImportResult & { savedMapping?: string | null }, t: Translator, origin: string) {
  const said = (e: LineError) => ({ line: e.line, field: e.field, code: e.code, message: t(`importErrors.${e.code}` as "importErrors.required", e.params) });
  return {
    dryRun: result.dryRun,
    created: result.created,
    updated: result.updated,
    unchanged: result.unchanged,
    teamsToCreate: result.teamsToCreate,
    errors: result.errors.map(said),
    warnings: result.warnings.map(said),
    skipped: result.skipped.map(said),
    ignoredLines: result.ignoredLines,
    // Each list gives its first hundred lines in full; the rest are counted by code.
    ...(Object.keys(result.notShown).length > 0 ? { notShown: result.notShown } : {}),
    ...(result.reading ? { reading: result.reading } : {}),
    ...(result.savedMapping ? { savedMapping: result.savedMapping } : {}),
    ...(result.invitations.length > 0
      ? { invitations: result.invitations.map((i) => ({ email: i.email, url: new URL(i.invitation.path, origin).toString(), expiresAt: i.invitation.expiresAt })) }
      : {}),
  };
}
