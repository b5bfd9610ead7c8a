/** The month was closed by an admin: its scores can no longer change. */
export class MonthClosedError extends Error {
  constructor(readonly month: string) {
    super(`Month ${month} is closed`);
    this.name = "MonthClosedError";
  }
}
