/**
 * The page's one lesson session (`src/lessons/session.ts`) over the lab's controller, with the
 * progress in localStorage and the step's jobs on the page's worker pool (loaded on first use).
 */
import { LessonSession } from "../../lessons/session";
import type { LabController } from "../../state/controller";
import type { Job } from "../../pool/registry";
import { progressStorage } from "./storage";

let session: LessonSession | null = null;

/** The session for this page's lab (made once). */
export function lessonSession(lab: LabController): LessonSession {
  session ??= new LessonSession(lab, progressStorage, async (jobs, onProgress, signal) => {
    const { runJobs } = await import("../../pool/browser");
    const workers = Math.max(1, Math.min(jobs.length, navigator.hardwareConcurrency || 1));
    return runJobs(jobs as Job[], { workers, signal, onProgress: (p) => onProgress(p.fraction) }) as Promise<unknown[]>;
  });
  return session;
}
