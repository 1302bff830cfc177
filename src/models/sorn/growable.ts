/** An append-only typed array that doubles its capacity: O(1) amortised pushes, no boxing. */
export class GrowableArray<T extends Float64Array | Int32Array | Uint8Array> {
  private buf: T;
  /** Number of elements written. */
  length = 0;

  constructor(private readonly make: (n: number) => T, initial = 1024) {
    this.buf = make(initial);
  }

  /** Append one value. */
  push(v: number): void {
    if (this.length === this.buf.length) this.grow(this.length + 1);
    this.buf[this.length++] = v;
  }

  /** Append a block of values. */
  pushAll(src: ArrayLike<number>): void {
    if (this.length + src.length > this.buf.length) this.grow(this.length + src.length);
    this.buf.set(src as never, this.length);
    this.length += src.length;
  }

  /** A view of the written part (shares memory until the next growth). */
  view(): T {
    return this.buf.subarray(0, this.length) as T;
  }

  private grow(min: number): void {
    const next = this.make(Math.max(min, this.buf.length * 2));
    next.set(this.buf as never);
    this.buf = next;
  }
}
