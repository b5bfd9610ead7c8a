import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress, SOCKET_ADDRESS_ENV, SOCKET_ADDRESS_HEADER, UNKNOWN_ADDRESS } from "./client-address";

/** A request's headers as scripts/serve.ts hands them on: the connection's address stamped. */
function fromSocket(socket: string, forwardedFor?: string): Headers {
  vi.stubEnv(SOCKET_ADDRESS_ENV, "1");
  return new Headers({ [SOCKET_ADDRESS_HEADER]: socket, ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }) });
}

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("clientAddress without a proxy (SSI_TRUSTED_PROXIES=0)", () => {
  it("is the connection's address, whatever X-Forwarded-For says", () => {
    expect(clientAddress(fromSocket("198.51.100.7"), 0)).toBe("198.51.100.7");
    expect(clientAddress(fromSocket("198.51.100.7", "203.0.113.9"), 0)).toBe("198.51.100.7");
    expect(clientAddress(fromSocket("198.51.100.7", "not-an-address"), 0)).toBe("198.51.100.7");
  });

  it("gives a client rotating X-Forwarded-For one and the same key", () => {
    const keys = new Set(Array.from({ length: 20 }, (_, i) => clientAddress(fromSocket("198.51.100.7", `203.0.113.${i}, x${i}`), 0)));
    expect([...keys]).toEqual(["198.51.100.7"]);
  });

  it("counts under one shared key when the server did not stamp the connection's address (a plain `next start`), even if the client sends the header", () => {
    vi.stubEnv(SOCKET_ADDRESS_ENV, undefined);
    expect(clientAddress(new Headers({ [SOCKET_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "203.0.113.9" }), 0)).toBe(UNKNOWN_ADDRESS);
  });

  it("reads an IPv4 address mapped into IPv6 as the IPv4 address", () => {
    expect(clientAddress(fromSocket("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("counts an IPv6 client by its /64, which one machine is given whole", () => {
    expect(clientAddress(fromSocket("2001:DB8:0:1:aaaa::1"), 0)).toBe("2001:db8:0:1::/64");
    expect(clientAddress(fromSocket("2001:db8::1:ffff"), 0)).toBe("2001:db8:0:0::/64");
    expect(clientAddress(fromSocket("::1"), 0)).toBe("0:0:0:0::/64");
  });
});

describe("clientAddress behind N proxies", () => {
  it("is the Nth address from the right: what the first proxy saw, not what the client wrote before it", () => {
    expect(clientAddress(forwarded("203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(forwarded("10.0.0.1, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(forwarded("10.0.0.1, 203.0.113.9, 192.0.2.4"), 2)).toBe("203.0.113.9");
  });

  it("gives a client rotating the addresses left of the proxy's one and the same key", () => {
    const keys = new Set(Array.from({ length: 20 }, (_, i) => clientAddress(forwarded(`10.0.${i}.1, spoof-${i}, 203.0.113.9`), 1)));
    expect([...keys]).toEqual(["203.0.113.9"]);
  });

  it("counts anything that is not an IP address under one shared key, never under none", () => {
    for (const value of ["", "unknown", "evil", "203.0.113.9:4711", "[2001:db8::1]", "203.0.113.256", "1.2.3", "203.0.113.9 x", "_"]) {
      expect(clientAddress(forwarded(value), 1), value).toBe(UNKNOWN_ADDRESS);
    }
    expect(clientAddress(new Headers(), 1)).toBe(UNKNOWN_ADDRESS);
  });

  it("counts a chain shorter than the proxies said under the shared key (the client went around them)", () => {
    expect(clientAddress(forwarded("203.0.113.9"), 2)).toBe(UNKNOWN_ADDRESS);
  });

  it("reads SSI_TRUSTED_PROXIES, and takes a value that is not a count as no proxy", () => {
    vi.stubEnv("SSI_TRUSTED_PROXIES", "1");
    expect(clientAddress(forwarded("10.0.0.1, 203.0.113.9"))).toBe("203.0.113.9");
    vi.stubEnv("SSI_TRUSTED_PROXIES", "one");
    expect(clientAddress(fromSocket("198.51.100.7", "203.0.113.9"))).toBe("198.51.100.7");
  });
});
