/** A page for the Node tests: an address, storage in memory, and the events a test fires itself. */
import type { SavedRun } from "../../src/state/persistence";
import type { AppShell, RunStorage, TabRunId } from "../../src/state/shell";

/** A download the lab offered. */
export interface Download {
  data: string | Uint8Array;
  filename: string;
  type: string;
}

/** Run storage in memory: what was saved, in order, and what `load` gives. */
export class MemoryRuns implements RunStorage {
  /** Every run saved, in order. */
  readonly saved: SavedRun[] = [];
  constructor(public kept: SavedRun | undefined = undefined) {}
  async load(): Promise<SavedRun | undefined> {
    return this.kept && structuredClone(this.kept);
  }
  async save(run: SavedRun): Promise<void> {
    this.saved.push(run);
    this.kept = run;
  }
}

/** A tab's run id in memory. */
export class MemoryTabRun implements TabRunId {
  constructor(public id: string | null = null) {}
  get(): string | null {
    return this.id;
  }
  set(id: string): void {
    this.id = id;
  }
  clear(): void {
    this.id = null;
  }
}

/** The fake page. */
export class FakeShell implements AppShell {
  readonly address: URL;
  /** Every fragment the lab wrote into the address, in order. */
  readonly hashes: string[] = [];
  readonly downloads: Download[] = [];
  reloads = 0;
  paints = 0;
  readonly runs: MemoryRuns;
  readonly tabRun: MemoryTabRun;
  private readonly hashListeners: (() => void)[] = [];
  private readonly hiddenListeners: (() => void)[] = [];

  constructor(href = "https://lab.test/sorn/", options: { kept?: SavedRun; tabRun?: string } = {}) {
    this.address = new URL(href);
    this.runs = new MemoryRuns(options.kept);
    this.tabRun = new MemoryTabRun(options.tabRun ?? null);
  }

  href(): string {
    return this.address.href;
  }
  replaceHash(fragment: string): void {
    this.address.hash = fragment;
    this.hashes.push(fragment);
  }
  onHashChange(fn: () => void): void {
    this.hashListeners.push(fn);
  }
  reload(): void {
    this.reloads++;
  }
  onHidden(fn: () => void): void {
    this.hiddenListeners.push(fn);
  }
  async nextPaint(): Promise<void> {
    this.paints++;
  }
  download(data: string | Uint8Array, filename: string, type: string): void {
    this.downloads.push({ data, filename, type });
  }

  /** The user opens another link in this tab. */
  openLink(fragment: string): void {
    this.address.hash = fragment;
    for (const fn of this.hashListeners) fn();
  }

  /** The page is hidden. */
  hide(): void {
    for (const fn of this.hiddenListeners) fn();
  }
}
