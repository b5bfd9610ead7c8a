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
