// A page's address with a control character in its path or query string
// (`/leaderboard?team=%00`) is no link of ours: the proxy answers it with a
// 400 before any page reads it (a NUL reached PostgreSQL, which answered a 500).
import { controlCharacterParams } from "@/platform/forms/control-characters";

/** `segment` decoded, or as it is when it is not valid percent-encoding. */
function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Whether the path (as sent, percent-encoded) or the query string holds a control character. */
export function addressHasControlCharacter(pathname: string, params: URLSearchParams): boolean {
  const segments = pathname.split("/").map((segment, index): [string, string] => [`path${index}`, decoded(segment)]);
  return Object.keys(controlCharacterParams([...segments, ...params])).length > 0;
}
