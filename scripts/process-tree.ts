// A process and everything it started, to kill them all: PostgreSQL's
// backends each lead a session of their own (setsid), so a signal to the
// server's process group misses them, and a frozen (stopped) backend never
// notices that its server is gone.
import { execFileSync } from "node:child_process";

/** Every live process with its parent (`ps`, on Linux and macOS; zombies left out). */
export function liveProcesses(): Map<number, number> {
  const byPid = new Map<number, number>();
  let listing = "";
  try {
    listing = execFileSync("ps", ["-A", "-o", "pid=,ppid=,stat="], { encoding: "utf8" });
  } catch {
    return byPid;
  }
  for (const line of listing.split("\n")) {
    const [pid, ppid, stat] = line.trim().split(/\s+/);
    if (pid && ppid && !stat?.startsWith("Z")) byPid.set(Number(pid), Number(ppid));
  }
  return byPid;
}

/** `pid` and its live descendants, parents first (detached ones too: a new group or session keeps its parent). */
export function processTree(pid: number): number[] {
  const byPid = liveProcesses();
  if (!byPid.has(pid)) return [];
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) for (const [child, parent] of byPid) if (parent === tree[i]) tree.push(child);
  return tree;
}

/** SIGKILL to `pid` and all it started; the tree is read first, since a killed parent's children move to init. */
export function killTree(pid: number | undefined): void {
  if (!pid) return;
  for (const member of processTree(pid)) {
    try {
      process.kill(member, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** `signal` to the process group `pid` leads (a child spawned with detached: true). */
export function signalGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
