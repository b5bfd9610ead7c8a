import type { Page } from "@playwright/test";

/**
 * Holds back the page's scripts, so the test acts on the server's HTML as a
 * user on a slow phone would, before React takes over. `hydrate` lets the
 * scripts through and waits until React owns `selector`'s element.
 */
export async function holdScripts(page: Page): Promise<{ hydrate: (selector: string) => Promise<void> }> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\//, async (route) => {
    await released;
    await route.continue();
  });
  return {
    hydrate: async (selector) => {
      release();
      await page.waitForFunction(
        (css) => {
          const element = document.querySelector(css);
          return element !== null && Object.keys(element).some((key) => key.startsWith("__reactFiber"));
        },
        selector,
      );
    },
  };
}
