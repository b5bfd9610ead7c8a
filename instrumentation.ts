export async function register() {
  // Node-only checks live in their own module so the edge bundle never sees them.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { answerRefusedMethods } = await import("./platform/security/request-methods");
    answerRefusedMethods();
    const { checkStartup } = await import("./platform/db/startup-check");
    await checkStartup();
    // Reminders, digests and deliveries run in this process unless SSI_JOBS=off (README, "Jobs").
    const { startAppNotifications } = await import("./features/notifications/worker");
    await startAppNotifications();
  }
}

/** A request that failed on the server: one log line with its route and error, under the request's id (README, "Logs"). */
export async function onRequestError(error: unknown, _request: unknown, context: { routePath?: string; routeType?: string }) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./platform/log/logger");
  const digest = (error as { digest?: unknown }).digest;
  log().error({ route: context.routePath, routeType: context.routeType, error: error instanceof Error ? error.message : String(error), ...(typeof digest === "string" ? { digest } : {}) }, "request failed");
}
