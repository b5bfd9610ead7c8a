export async function register() {
  // Node-only checks live in their own module so the edge bundle never sees them.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { answerRefusedMethods } = await import("./lib/security/request-methods");
    answerRefusedMethods();
    const { checkStartup } = await import("./lib/db/startup-check");
    await checkStartup();
  }
}
