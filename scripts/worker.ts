// `npm run worker`: the jobs alone (reminders, digests, deliveries), for a
// deployment whose app instances run with SSI_JOBS=off. Same DATABASE_URL,
// NEXTAUTH_SECRET, NEXTAUTH_URL and SMTP_URL as the app. Ctrl-C or SIGTERM
// releases the jobs in hand (they run again elsewhere) and exits.
import { serverEnv } from "@/platform/config/env";
import { startNotifications, stopNotifications } from "@/features/notifications/worker";

async function main(): Promise<void> {
  let env;
  try {
    env = serverEnv();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  await startNotifications(env.DATABASE_URL, { work: true });
  console.log(`SSI Board worker: running the jobs${env.SMTP_URL ? "" : " (email is off: SMTP_URL is not set)"}. Ctrl-C stops it.`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    // Jobs still in hand after a few seconds are failed over to run again.
    const timer = setTimeout(() => process.exit(0), 8000);
    timer.unref();
    void stopNotifications().then(() => process.exit(0), () => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(`SSI Board worker: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
