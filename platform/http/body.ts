// Request bodies counted as they arrive: a body beyond its limit is refused
// as soon as it passes it, whether or not it declared its length (a chunked
// body declares none), and is never held whole in memory.
import { ApiError } from "./errors";

/** The body's bytes, at most `maxBytes` of them, else a 413 ("too-large"). */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Buffer> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw new ApiError("too-large");
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ApiError("too-large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** `bytes` as UTF-8 text, or null when they are not UTF-8. */
export function utf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
