// The formats every export comes in, listed once (their writers are in
// file.ts, typed by this list: a new format without one does not compile).
// Kept apart from the writers so that reading a `format` parameter loads no
// spreadsheet library.

export const EXPORT_FORMATS = {
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" },
} as const satisfies Record<string, { contentType: string; extension: string }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The format of an export when none is asked for. */
export const DEFAULT_FORMAT: ExportFormat = "csv";

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(EXPORT_FORMATS, value);
}

/** A link to an export: `path` with a page's filters (`query`) and the format (left out for the default). */
export function exportHref(path: string, query: string, format: ExportFormat): string {
  const params = new URLSearchParams(query);
  if (format === DEFAULT_FORMAT) params.delete("format");
  else params.set("format", format);
  return `${path}?${params}`;
}
