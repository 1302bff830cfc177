/**
 * The page around the lab, as the state layer sees it: the address bar, page events, downloads
 * and the browser's storage. The controller, the persister, the exporter and the start-up code
 * reach the page only through this interface, so they run (and are tested) in Node with a fake;
 * the page's implementation is `browserShell()` in `src/shell/browser.ts`.
 */
import type { SavedRun } from "./persistence";

/** Where the last run is kept between visits (IndexedDB in the page). */
export interface RunStorage {
  /** The kept run, or undefined (nothing kept, or a store that cannot be read). */
  load(): Promise<SavedRun | undefined>;
  /** Keep `run`, replacing the one kept before. */
  save(run: SavedRun): Promise<void>;
}

/** The id of the run this tab shows, kept across its reloads (sessionStorage in the page). */
export interface TabRunId {
  /** The id kept before a reload, or null. */
  get(): string | null;
  /** Remember `id` (storage blocked: nothing is remembered and reloads start fresh). */
  set(id: string): void;
  /** Forget it (another link was opened in the tab). */
  clear(): void;
}

/** What the lab needs from the page. */
export interface AppShell {
  /** The page's address, in full. */
  href(): string;
  /** Show `fragment` (without "#") as the address's fragment: no history entry, no hashchange event. */
  replaceHash(fragment: string): void;
  /** Call `fn` when the user opens another link in this tab (the fragment changes under the lab). */
  onHashChange(fn: () => void): void;
  /** Load the page afresh. */
  reload(): void;
  /** Call `fn` whenever the page is hidden (another tab, a closed window). */
  onHidden(fn: () => void): void;
  /** Resolves once the page has painted (or after a short wait, when the page is hidden). */
  nextPaint(): Promise<void>;
  /** Offer `data` as a file called `filename`, of MIME type `type`. */
  download(data: string | Uint8Array, filename: string, type: string): void;
  /** The last run, kept between visits. */
  readonly runs: RunStorage;
  /** This tab's run id. */
  readonly tabRun: TabRunId;
}
