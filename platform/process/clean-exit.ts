// Next.js answers SIGTERM and SIGINT itself (`next start`): it stops taking
// requests, answers those in flight, then calls process.exit at once. Work of
// ours that must end cleanly first, such as the jobs in hand, which pg-boss
// hands back to the queue to run again elsewhere instead of leaving them
// "active" until they expire minutes later, registers here: the signal
// starts it, and Next.js's exit waits for it, never longer than `graceMs`
// (the parent kills Next.js 5 s after the signal: scripts/local-app.ts).
const tasks: Array<() => Promise<void>> = [];
let stopping: Promise<void> | undefined;

const GRACE_MS = 4000;

/** Runs `task` when the process is told to stop, and holds its exit until the task ends (or the grace runs out). */
export function cleanUpBeforeExit(task: () => Promise<void>): void {
  tasks.push(task);
  if (tasks.length > 1) return;
  const begin = () => {
    stopping ??= Promise.race([
      Promise.allSettled(tasks.map((run) => run())).then(() => undefined),
      new Promise<void>((resolve) => setTimeout(resolve, GRACE_MS).unref()),
    ]);
  };
  // Listeners in addition to Next.js's own, which go on doing their part.
  process.once("SIGTERM", begin);
  process.once("SIGINT", begin);
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    if (!stopping) return exit(code);
    void stopping.then(() => exit(code));
    return undefined as never;
  }) as typeof process.exit;
}
