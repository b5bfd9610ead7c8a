// Playwright's `test` with the checks every spec gets: no request made by the
// page may carry a password in its URL (a sign-in form that falls back to a
// GET before hydration would put it in the history and in every log), and the
// Content-Security-Policy never blocks anything the app itself does.
import { randomInt } from "node:crypto";
import { expect, test as base } from "@playwright/test";

export { expect };

/** An address of TEST-NET-2 (RFC 5737), one per test. */
const testAddress = () => `198.51.100.${randomInt(1, 255)}`;

export const test = base.extend<{ noPasswordInUrls: void; noPolicyViolations: void }>({
  // Each test is one client, at an address of its own: the runner trusts one
  // proxy (tests/e2e/run.ts), and the suite's hundreds of sign-ins from one
  // machine would otherwise share one per-address counter and be slowed down.
  // A spec that sends its own X-Forwarded-For still chooses its address.
  extraHTTPHeaders: async ({ extraHTTPHeaders }, provide) => {
    await provide({ "x-forwarded-for": testAddress(), ...extraHTTPHeaders });
  },
  noPolicyViolations: [
    async ({ context }, use) => {
      const violations: string[] = [];
      context.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(`${message.location().url}: ${message.text()}`);
      });
      await use();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  noPasswordInUrls: [
    async ({ context }, use) => {
      const leaks: string[] = [];
      context.on("request", (request) => {
        if (/password/i.test(decodeURIComponent(request.url()))) leaks.push(request.url());
      });
      await use();
      expect(leaks, "requests with a password in their URL").toEqual([]);
    },
    { auto: true },
  ],
});
