// `npm start` as a person runs it (tsx scripts/start.ts: the embedded
// PostgreSQL, demo data, the production build), on a data folder and ports
// of its own, with its output kept and its whole process tree in view.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort, postmasterPid } from "../../../scripts/db/embedded-postgres";
import { waitFor } from "../../helpers/wait-for";
import { liveProcesses, processTree } from "../../../scripts/process-tree";

export { processTree };

export interface NpmStart {
  base: string;
  dataDir: string;
  /** The embedded database's URL, for the factories. */
  databaseUrl: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  output(): string;
  waitForOutput(text: string, timeoutMs?: number): Promise<void>;
}

export async function npmStart(dataDir: string, pgPort?: number): Promise<NpmStart> {
  const port = await freePort();
  const embeddedPort = pgPort ?? (await freePort());
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(embeddedPort), SSI_DATA_DIR: dataDir };
  // The embedded demo, not the run's database and secrets.
  for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "NEXTAUTH_URL", "SSI_TRUSTED_PROXIES", "NODE_OPTIONS"]) delete env[name];
  // Its own process group, as a terminal gives it: a signal to the group is
  // Ctrl-C. Node with tsx's loader rather than npm and npx, so that the exit
  // code is the script's own, not that of a wrapper the signal also reached.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += String(chunk)));
  child.stderr?.on("data", (chunk) => (output += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitForOutput = async (text: string, timeoutMs = 60_000) => {
    await waitFor(() => output.includes(text) || child.exitCode !== null, { timeoutMs }).catch(() => {
      throw new Error(`"${text}" was not printed within ${timeoutMs / 1000} s. Output:\n${output}`);
    });
    if (!output.includes(text)) throw new Error(`npm start exited (${child.exitCode}) before printing "${text}". Output:\n${output}`);
  };
  const started: NpmStart = {
    base: `http://127.0.0.1:${port}`,
    dataDir,
    databaseUrl: `postgresql://postgres:ssiboard-local@127.0.0.1:${embeddedPort}/ssiboard`,
    child,
    exited,
    output: () => output,
    waitForOutput,
  };
  await waitForOutput("SSI Board is ready", 120_000);
  return started;
}

export function alive(pids: readonly number[]): number[] {
  const live = liveProcesses();
  return pids.filter((pid) => live.has(pid));
}

/** The embedded server and its backends: what a frozen database means. */
export function databaseProcesses(dataDir: string): number[] {
  const postmaster = postmasterPid(path.join(dataDir, "postgres"));
  if (!postmaster) throw new Error("the embedded PostgreSQL is not running");
  return processTree(postmaster);
}
