// The app server's resident memory, read from /proc (Linux): the largest
// process of its group, which is next-server (npx and npm stay small).
import { readdirSync, readFileSync } from "node:fs";

/** The largest resident set, in MB, among the live processes of process group `group`. */
export function largestRssMb(group: number): number {
  let largest = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // Fields after the command's closing parenthesis: state, ppid, pgrp, …
      const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      if (pgrp !== group) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
      largest = Math.max(largest, Number(rss ?? 0) / 1024);
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(largest);
}

/** Samples largestRssMb every 250 ms until stopped; stop() gives the peak. */
export function watchPeakRss(group: number): { peak(): number; stop(): number } {
  let peak = largestRssMb(group);
  const timer = setInterval(() => {
    peak = Math.max(peak, largestRssMb(group));
  }, 250);
  return {
    peak: () => peak,
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, largestRssMb(group));
    },
  };
}
