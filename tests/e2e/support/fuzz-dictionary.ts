// The values the fuzz tests send besides random ones: those that once made
// the app answer 500 (a NUL that reached PostgreSQL, a day the calendar does
// not have, a page number of 20 digits) and their kin, and the methods that
// fetch() would not even send.

/** NUL, the other control characters (C0, DEL, C1), and tabs and line breaks. */
export const CONTROL_TEXT = ["\u0000", "a\u0000", "\u0000a", "\u0001", "\u0008", "\u000b", "\u001b[31m", "\u007f", "\u0085", "\u009f", "a\tb", "a\r\nb"];

/** Days and months the calendar does not have, or PostgreSQL cannot store. */
export const IMPOSSIBLE_DATES = ["2026-02-30", "2026-04-31", "2026-02-29", "0000-01-01", "0000-01", "0001-01", "1899-12", "1899-12-31", "9999-12", "9999-12-31", "2026-00-10", "2026-10-32"];

/** Numbers no integer column holds. */
export const LONG_DIGITS = ["99999999999999999999", "-99999999999999999999", "18446744073709551616", "1e400", `${"0".repeat(30)}1`, "9".repeat(400)];

export const ODD_VALUES = [...CONTROL_TEXT, ...IMPOSSIBLE_DATES, ...LONG_DIGITS];

/** Methods besides the ones routes take: TRACE (which fetch() refuses to send), OPTIONS, HEAD. */
export const METHOD_VARIANTS = ["TRACE", "OPTIONS", "HEAD"] as const;
