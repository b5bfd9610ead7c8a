/** Whether an HTTP method only reads (a session may be renewed by it, a read-only token may use it, a write needs more). */
export function isReadMethod(method: string): boolean {
  return method === "GET" || method === "HEAD";
}
