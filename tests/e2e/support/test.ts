// Playwright's `test` with the checks every spec gets: no request made by the
// page may carry a password in its URL (a sign-in form that falls back to a
// GET before hydration would put it in the history and in every log), and the
// Content-Security-Policy never blocks anything the app itself does.
import { expect, test as base } from "@playwright/test";

export { expect };

export const test = base.extend<{ noPasswordInUrls: void; noPolicyViolations: void }>({
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
