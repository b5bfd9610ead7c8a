// A request sent with node:http, for what fetch() refuses to send (TRACE).
import http from "node:http";

/**
 * The status `method` on `url` gets (0 when no answer came). A server may
 * answer before the body is all sent and close the connection: the answer
 * counts, the reset of the rest does not.
 */
export function rawStatus(url: string, method: string, headers: Record<string, string>, body?: Buffer): Promise<number> {
  return new Promise((resolve) => {
    let status = 0;
    const done = () => resolve(status);
    // A connection of its own: a reused one would gather listeners.
    const request = http.request(url, { method, headers, agent: false }, (response) => {
      status = response.statusCode ?? 0;
      response.on("error", done);
      response.on("end", done);
      response.resume();
    });
    request.on("error", done);
    // A reset after the answer reaches the socket, not the request.
    request.on("socket", (socket) => socket.on("error", done));
    request.end(body);
  });
}
