/**
 * The lab's shell in a browser page: the address bar (`location`, `history`), page events,
 * downloads through a Blob and a temporary anchor, the last run in IndexedDB (idb-keyval) and
 * this tab's run id in sessionStorage. Everything the state layer does to the page goes through here.
 */
import { createStore as createIdbStore, get, set, type UseStore } from "idb-keyval";
import { asSavedRun } from "../state/persistence";
import type { AppShell, RunStorage, TabRunId } from "../state/shell";

const RUN_KEY = "last-run";
const TAB_RUN_KEY = "sorn-lab/run-id";

/** The last run in IndexedDB (database "sorn-lab", store "runs"); a broken store reads as empty. */
function idbRunStorage(): RunStorage {
  let db: UseStore | null = null;
  const store = () => (db ??= createIdbStore("sorn-lab", "runs"));
  return {
    async load() {
      try {
        return asSavedRun(await get(RUN_KEY, store()));
      } catch {
        return undefined;
      }
    },
    save: (run) => set(RUN_KEY, run, store()),
  };
}

/** This tab's run id in sessionStorage; blocked storage forgets (reloads start fresh). */
function sessionTabRun(): TabRunId {
  const attempt = <T>(f: () => T, fallback: T): T => {
    try {
      return f();
    } catch {
      return fallback;
    }
  };
  return {
    get: () => attempt(() => sessionStorage.getItem(TAB_RUN_KEY), null),
    set: (id) => attempt(() => sessionStorage.setItem(TAB_RUN_KEY, id), undefined),
    clear: () => attempt(() => sessionStorage.removeItem(TAB_RUN_KEY), undefined),
  };
}

/** Save `data` as a file called `filename` (no server involved). */
function download(data: string | Uint8Array, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Resolves at the next animation frame (or after 200 ms, when the page is hidden and paints none). */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 200);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The shell of this page. */
export function browserShell(): AppShell {
  return {
    href: () => location.href,
    replaceHash: (fragment) => history.replaceState(null, "", "#" + fragment),
    onHashChange: (fn) => window.addEventListener("hashchange", fn),
    reload: () => location.reload(),
    onHidden: (fn) =>
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "hidden") fn();
      }),
    nextPaint,
    download,
    runs: idbRunStorage(),
    tabRun: sessionTabRun(),
  };
}
