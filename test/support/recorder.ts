/**
 * A fake comlink remote for the Node tests: every method call is recorded (name and arguments)
 * and answered by the test's `answer` for that method, or by `undefined`. Answers run
 * asynchronously, like a worker's: a throwing answer becomes a rejected promise.
 */

/** One recorded call. */
export type Call = [method: string, ...args: unknown[]];

/** Records the calls made on `remote` and answers them. */
export class Recorder<R> {
  /** Every call, in order. */
  readonly calls: Call[] = [];
  private readonly answers = new Map<string, (...args: any[]) => unknown>();

  /** The fake remote: any property is a method that records its call. */
  readonly remote: R = new Proxy(
    {},
    {
      get: (_, name) => {
        // Not a thenable: `await remote` must not call anything.
        if (typeof name !== "string" || name === "then") return undefined;
        return (...args: unknown[]) => this.call(name, args);
      },
    },
  ) as R;

  /** Answer calls of `method` with `fn` from now on. */
  answer(method: string, fn: (...args: any[]) => unknown): this {
    this.answers.set(method, fn);
    return this;
  }

  /** Make the next call of `method` reject with `error` (later calls get the answer before). */
  failOnce(method: string, error: Error): this {
    const before = this.answers.get(method);
    this.answers.set(method, () => {
      if (before) this.answers.set(method, before);
      else this.answers.delete(method);
      throw error;
    });
    return this;
  }

  /** The recorded method names, in order. */
  names(): string[] {
    return this.calls.map(([m]) => m);
  }

  /** The recorded calls of `method` (their arguments). */
  callsOf(method: string): unknown[][] {
    return this.calls.filter(([m]) => m === method).map(([, ...args]) => args);
  }

  /** Forget the calls made so far. */
  clear(): void {
    this.calls.length = 0;
  }

  private async call(method: string, args: unknown[]): Promise<unknown> {
    this.calls.push([method, ...args]);
    const fn = this.answers.get(method);
    return fn ? fn(...args) : undefined;
  }
}
