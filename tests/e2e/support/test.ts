// Playwright's `test` with the checks every spec gets: no request made by the
// page may carry a password in its URL (a sign-in form that falls back to a
// GET before hydration would put it in the history and in every log).
import { expect, test as base } from "@playwright/test";

export { expect };

export const test = base.extend<{ noPasswordInUrls: void }>({
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
