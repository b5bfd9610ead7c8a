// The embedded database of `npm start` is restarted when it dies, and the
// supervisor gives up with one line after five restarts that fail in a row.
// A real PostgreSQL is killed; its port is then taken so that it cannot come back.
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { freePort, postmasterPid } from "../../scripts/db/embedded-postgres";
import { startSupervisedPostgres, type SupervisedPostgres } from "../../scripts/db/supervised-postgres";
import { waitFor } from "../helpers/wait-for";

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function scratchFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "ssi-supervised-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function query(server: SupervisedPostgres, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: server.url("postgres") });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function killServer(dataDir: string): number {
  const pid = postmasterPid(dataDir);
  if (!pid) throw new Error("no PostgreSQL is running on the data folder");
  process.kill(pid, "SIGKILL");
  return pid;
}

/** Listens on the port as soon as the killed server's sockets are gone. */
async function takePort(port: number): Promise<net.Server> {
  return waitFor(
    () =>
      new Promise<net.Server | null>((resolve) => {
        const blocker = net.createServer();
        blocker.once("error", () => resolve(null));
        blocker.listen(port, "127.0.0.1", () => resolve(blocker));
      }),
    { timeoutMs: 10_000, intervalMs: 20 },
  );
}

/** A supervised server on a scratch folder and port, with what it says and whether it gave up. */
async function supervised(timing: { firstDelayMs: number; heldAfterMs?: number }) {
  const dataDir = path.join(await scratchFolder(), "postgres");
  const port = await freePort();
  const lines: string[] = [];
  const gaveUp: string[] = [];
  const server = await startSupervisedPostgres({ dataDir, port, persistent: true }, { log: (line) => lines.push(line), onGiveUp: (line) => gaveUp.push(line), ...timing });
  cleanups.push(() => server.stop());
  return { dataDir, port, lines, gaveUp, server };
}

describe("the supervised embedded PostgreSQL", () => {
  it("comes back on the same data after it is killed, and counts restarts that do not hold", async () => {
    const { dataDir, lines, gaveUp, server } = await supervised({ firstDelayMs: 100 });
    await query(server, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");

    const first = killServer(dataDir);
    await waitFor(() => lines.includes("database: the embedded PostgreSQL is running again"), { timeoutMs: 30_000 });
    expect(lines[0]).toMatch(/^database: the embedded PostgreSQL stopped \(.*SIGKILL.*\); restart 1 of 5 in 0\.1 s$/);
    expect(postmasterPid(dataDir)).not.toBe(first);
    expect(await query(server, "SELECT n FROM kept")).toEqual([{ n: 42 }]);

    // Down again within a minute: the restart did not hold, so this is the second in a row.
    killServer(dataDir);
    await waitFor(() => lines.filter((line) => line.endsWith("running again")).length === 2, { timeoutMs: 30_000 });
    expect(lines.filter((line) => line.includes("restart "))).toEqual([expect.stringContaining("restart 1 of 5"), expect.stringContaining("restart 2 of 5")]);
    expect(gaveUp).toEqual([]);
  });

  it("gives up with one line after five restarts fail in a row, and still stops", async () => {
    // Every death is a fresh count here (held after 0 ms): the five failures are the restarts themselves.
    const { dataDir, port, lines, gaveUp, server } = await supervised({ firstDelayMs: 50, heldAfterMs: 0 });

    killServer(dataDir);
    const blocker = await takePort(port);
    cleanups.push(() => new Promise((resolve) => blocker.close(() => resolve())));

    await waitFor(() => gaveUp.length > 0, { timeoutMs: 60_000 });
    expect(lines.map((line) => line.match(/restart (\d) of 5 in ([\d.]+) s/)?.slice(1).join("@"))).toEqual(["1@0.05", "2@0.1", "3@0.2", "4@0.4", "5@0.8"]);
    expect(gaveUp).toHaveLength(1);
    expect(gaveUp[0]).toMatch(/^The embedded PostgreSQL stopped and 5 restarts in a row failed \(last: .+\)\. See the lines above; SSI Board stops\.$/);
    expect(gaveUp[0]).not.toContain("\n");
    await server.stop();
    expect(postmasterPid(dataDir)).toBeNull();
  });
});
