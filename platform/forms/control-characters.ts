// Control characters are never part of a name, an id or a note: NUL cannot
// even be stored (PostgreSQL refuses it in text, and so the request failed
// with a 500), and the others only hide or garble what a reader sees. They are
// refused at the few doors every input comes through (JSON bodies, forms,
// query strings and paths), each field named, so no schema can forget.
import type { FieldError } from "./field-errors";

/** C0 controls except tab, line feed and carriage return (notes may have lines), DEL, and C1 controls. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** The same, with tab and line breaks: what a one-line value (a name, an id, a query parameter) refuses. */
const CONTROL_OR_BREAK = /[\u0000-\u001f\u007f-\u009f]/;

/** Whether `text` holds a character that no field takes. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** Whether `text` fits on one line and holds no control character (ids, names, titles). */
export function isSingleLine(text: string): boolean {
  return !CONTROL_OR_BREAK.test(text);
}

/** The error of a field with a control character in it. */
export const CONTROL_CHARACTERS: FieldError = { code: "control-characters" };

/** More are not named: the first ones say what is wrong. */
const MAX_NAMED = 20;

/**
 * The fields of a parsed body (JSON or form) whose value or name holds a
 * control character, by path ("tiers.0.name"); a name that holds one is
 * reported as the path of its parent. Walked without recursion: a body may
 * nest as deep as JSON.parse allows.
 */
export function controlCharacterFields(body: unknown): Record<string, FieldError> {
  const found: Record<string, FieldError> = {};
  const pending: { value: unknown; path: string }[] = [{ value: body, path: "" }];
  while (pending.length > 0 && Object.keys(found).length < MAX_NAMED) {
    const { value, path } = pending.pop() ?? { value: null, path: "" };
    if (typeof value === "string") {
      if (hasControlCharacter(value)) found[path || "body"] = CONTROL_CHARACTERS;
    } else if (typeof value === "object" && value !== null && !(value instanceof Blob) && !ArrayBuffer.isView(value)) {
      for (const [name, item] of Object.entries(value)) {
        if (!isSingleLine(name)) found[path || "body"] = CONTROL_CHARACTERS;
        else pending.push({ value: item, path: path ? `${path}.${name}` : name });
      }
    }
  }
  return found;
}

/**
 * The query (or path) parameters that hold a control character, by name; one
 * whose name holds one is reported as "query". Values may hold line breaks
 * (a pretty-printed import mapping), as notes may.
 */
export function controlCharacterParams(params: Iterable<[string, string]>): Record<string, FieldError> {
  const found: Record<string, FieldError> = {};
  for (const [name, value] of params) {
    if (!isSingleLine(name)) found.query = CONTROL_CHARACTERS;
    else if (hasControlCharacter(value)) found[name] = CONTROL_CHARACTERS;
  }
  return found;
}
