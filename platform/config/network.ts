// This machine's addresses on the local network, as URL host names: where a
// phone on the office Wi-Fi can reach SSI Board.
import os from "node:os";

export function networkHosts(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .flatMap((a) => (a && !a.internal ? [a.family === "IPv6" ? `[${a.address}]` : a.address] : []));
}
