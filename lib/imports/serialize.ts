// An import's result as the API returns it, each bad line with its message.
import type { Translator } from "../i18n/translator";
import type { ImportResult } from "./mutations";

export function importJson(result: ImportResult, t: Translator, origin: string) {
  return {
    dryRun: result.dryRun,
    created: result.created,
    updated: result.updated,
    unchanged: result.unchanged,
    teamsToCreate: result.teamsToCreate,
    errors: result.errors.map((e) => ({ line: e.line, field: e.field, code: e.code, message: t(`importErrors.${e.code}` as "importErrors.required", e.params) })),
    ...(result.invitations.length > 0
      ? { invitations: result.invitations.map((i) => ({ email: i.email, url: new URL(i.invitation.path, origin).toString(), expiresAt: i.invitation.expiresAt })) }
      : {}),
  };
}
