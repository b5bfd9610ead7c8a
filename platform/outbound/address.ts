// Which addresses an outgoing request may reach when private networks are not
// allowed: only public unicast ones. ipaddr.js knows the special ranges
// (loopback, private, link-local, carrier-grade NAT, unique-local, multicast,
// the documentation and benchmarking blocks…); everything it does not call
// "unicast" is refused.
import ipaddr from "ipaddr.js";

/** Whether `address` (IPv4 or IPv6) is a public unicast address. An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as IPv4. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === "unicast";
}
