/**
 * The last run, kept in IndexedDB (idb-keyval) so a reload brings it back: the lab config, the
 * engine state (weights, thresholds, generators, step) and a file input's matrix.
 *
 * Which run a page restores: a reload of the same tab restores that tab's run (its id is in
 * sessionStorage); a page opened without settings in its URL restores the last run; a page opened
 * from a shared link (settings in the URL) starts that link's run fresh, so it reproduces it.
 */
import { createStore as createIdbStore, del, get, set, type UseStore } from "idb-keyval";
import type { SornState } from "../models/sorn/types";
import type { InputMatrixData, LabConfig } from "./schema";

const KEY = "last-run";
const SESSION_KEY = "sorn-lab/run-id";
/** Runs larger than this many Wee entries (dense) are not kept (ne = 2000). */
export const MAX_PERSISTED_NE = 2000;

/** What is kept of a run. */
export interface SavedRun {
  id: string;
  savedAt: number;
  config: LabConfig;
  state: SornState;
  inputFile: InputMatrixData | null;
}

let idb: UseStore | null = null;
function db(): UseStore {
  idb ??= createIdbStore("sorn-lab", "runs");
  return idb;
}

/** A fresh run id. */
export function newRunId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The id of the run this tab showed before a reload, if any. */
export function sessionRunId(): string | null {
  try {
    return sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
}

/** Remember which run this tab shows. */
export function setSessionRunId(id: string): void {
  try {
    sessionStorage.setItem(SESSION_KEY, id);
  } catch {
    /* storage blocked: reloads start fresh */
  }
}

/** Forget which run this tab shows (a new link was opened in it). */
export function clearSessionRunId(): void {
  try {
    sessionStorage.removeItem(SESSION_KEY);
  } catch {
    /* nothing to forget */
  }
}

/** Store the run (replacing the previous one). */
export async function saveLastRun(run: SavedRun): Promise<void> {
  await set(KEY, run, db());
}

/** The stored run, or undefined. A broken store reads as empty. */
export async function loadLastRun(): Promise<SavedRun | undefined> {
  try {
    const v = await get<SavedRun>(KEY, db());
    return v && typeof v === "object" && v.state && v.config ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Forget the stored run. */
export async function clearLastRun(): Promise<void> {
  await del(KEY, db());
}

/** Whether the page should restore `saved` rather than start the URL's config. */
export function shouldRestore(saved: SavedRun | undefined, urlHasConfig: boolean, tabRunId: string | null): boolean {
  if (!saved) return false;
  return saved.id === tabRunId || !urlHasConfig;
}
