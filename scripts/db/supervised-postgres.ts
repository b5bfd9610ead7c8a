// The embedded PostgreSQL of `npm start` and `npm run dev`, kept running:
// when the server dies, another is started on the same data folder and port
// after a pause that doubles each time (1, 2, 4, 8, 16 s), so the app, which
// reconnects by itself, recovers without anyone restarting it. Five restarts
// that do not hold in a row mean something a person must fix (a full disk, a
// port taken, a broken data folder): the supervisor gives up with one line.
import { startEmbeddedPostgres, type EmbeddedServerOptions, type RunningPostgres } from "./embedded-postgres";

export interface SupervisionOptions {
  /** Where the restarts are said. */
  log?: (line: string) => void;
  /** Called once, with one line, when the server cannot be kept running. */
  onGiveUp: (line: string) => void;
  /** The first pause before a restart; each next one doubles. */
  firstDelayMs?: number;
  maxRestarts?: number;
  /** A server that stayed up this long counts as held: the next death starts a fresh count. */
  heldAfterMs?: number;
}

export type SupervisedPostgres = Omit<RunningPostgres, "onDeath">;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const firstLine = (text: string) => text.split("\n")[0];

export async function startSupervisedPostgres(server: EmbeddedServerOptions, options: SupervisionOptions): Promise<SupervisedPostgres> {
  const { log = console.log, onGiveUp, firstDelayMs = 1000, maxRestarts = 5, heldAfterMs = 60_000 } = options;
  let current = await startEmbeddedPostgres(server);
  let stopped = false;
  let failures = 0;
  let upSince = Date.now();
  let pause: NodeJS.Timeout | undefined;
  let wakeUp: (() => void) | undefined;

  const restart = async (reason: string): Promise<void> => {
    if (Date.now() - upSince >= heldAfterMs) failures = 0;
    for (;;) {
      if (failures >= maxRestarts) {
        onGiveUp(`The embedded PostgreSQL stopped and ${maxRestarts} restarts in a row failed (last: ${firstLine(reason)}). See the lines above; SSI Board stops.`);
        return;
      }
      failures += 1;
      const delay = firstDelayMs * 2 ** (failures - 1);
      log(`database: the embedded PostgreSQL stopped (${firstLine(reason)}); restart ${failures} of ${maxRestarts} in ${delay / 1000} s`);
      await new Promise<void>((resolve) => {
        wakeUp = resolve;
        pause = setTimeout(resolve, delay);
      });
      if (stopped) return;
      try {
        const next = await startEmbeddedPostgres(server);
        if (stopped) return void (await next.stop());
        current = next;
        upSince = Date.now();
        log("database: the embedded PostgreSQL is running again");
        watch(next);
        return;
      } catch (error) {
        reason = messageOf(error);
      }
    }
  };

  const watch = (running: RunningPostgres) => running.onDeath((reason) => void restart(reason));
  watch(current);

  return {
    url: (database) => current.url(database),
    createDatabase: (name) => current.createDatabase(name),
    stop: async () => {
      stopped = true;
      clearTimeout(pause);
      wakeUp?.();
      await current.stop();
    },
  };
}
