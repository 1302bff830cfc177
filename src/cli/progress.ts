/**
 * A progress bar on stderr for long runs: redrawn in place on a terminal (at most ~10 times a
 * second), one line per 10 % otherwise, so logs stay readable.
 */
export class ProgressBar {
  private lastDraw = 0;
  private lastDecile = -1;
  private readonly start = Date.now();

  constructor(
    private readonly total: number,
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  /** Report that `done` of `total` are finished. */
  update(done: number): void {
    const now = Date.now();
    const frac = this.total ? done / this.total : 1;
    if (this.stream.isTTY) {
      if (now - this.lastDraw < 100 && done < this.total) return;
      this.lastDraw = now;
      const width = 30;
      const filled = Math.round(frac * width);
      const rate = done / Math.max(1e-3, (now - this.start) / 1000);
      this.stream.write(`\r${this.label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${this.total} ${rate.toFixed(0)} steps/s `);
      if (done >= this.total) this.stream.write("\n");
    } else {
      const decile = Math.floor(frac * 10);
      if (decile === this.lastDecile) return;
      this.lastDecile = decile;
      this.stream.write(`${this.label}: ${done}/${this.total} (${decile * 10}%)\n`);
    }
  }
}
