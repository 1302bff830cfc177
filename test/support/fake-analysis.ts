/**
 * Analysis workers for the Node tests: each start makes a fresh recording fake (answered as
 * `answer` says, for every worker started after), and terminating one is noted.
 */
import type { AnalysisRemote, AnalysisWorker } from "../../src/worker/client";
import { Recorder } from "./recorder";

/** Starts fake analysis workers and remembers them. */
export class FakeAnalysisWorkers {
  /** Every worker started, in order, with whether it was terminated. */
  readonly started: { recorder: Recorder<AnalysisRemote>; terminated: boolean }[] = [];
  private readonly answers = new Map<string, (...args: any[]) => unknown>();

  /** Answer calls of `method` with `fn` on the workers started from now on. */
  answer(method: string, fn: (...args: any[]) => unknown): this {
    this.answers.set(method, fn);
    return this;
  }

  /** Start one (pass as `new AnalysisClient(workers.start)`). */
  readonly start = (): AnalysisWorker => {
    const recorder = new Recorder<AnalysisRemote>();
    for (const [m, fn] of this.answers) recorder.answer(m, fn);
    const entry = { recorder, terminated: false };
    this.started.push(entry);
    return { remote: recorder.remote, terminate: () => void (entry.terminated = true) };
  };

  /** The calls made on every worker, in the order the workers were started. */
  calls(): string[][] {
    return this.started.map((w) => w.recorder.names());
  }
}
