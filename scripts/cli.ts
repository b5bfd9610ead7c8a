// Shared bits of the command-line scripts.

/** Runs `main`, printing a one-line error instead of a stack trace on failure. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

/** DATABASE_URL, or a clear stop when it is missing. */
export function requireDatabaseUrl(command: string): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      `${command} needs DATABASE_URL. (npm run dev migrates and seeds its embedded database by itself.)`,
    );
  }
  return url;
}

/** The value after `--name` in argv, as a positive whole number. */
export function numberOption(args: string[], name: string, fallback: number): number {
  const index = args.indexOf(`--${name}`);
  if (index === -1) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a positive whole number`);
  return value;
}
