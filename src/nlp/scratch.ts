// Scratch typed arrays for arrays a stage uses inside one call and never hands out. A new typed
// array of a few hundred elements costs about a microsecond (its memory comes from outside V8's
// heap); a stage allocating a dozen per article paid for it on every article. Each `Scratch` is one
// growing buffer: `take(n)` gives a zero-filled view of its first n elements, valid until the next
// `take` on the same Scratch (so one Scratch per purpose, never two live views).

type TypedArray = Uint8Array | Uint16Array | Int32Array;

export class Scratch<T extends TypedArray> {
  #buffer: T;

  constructor(private readonly make: (n: number) => T) {
    this.#buffer = make(1024);
  }

  /** A view of n elements, all 0 (or `fill`). */
  take(n: number, fill = 0): T {
    if (n > this.#buffer.length) this.#buffer = this.make(Math.max(n, 2 * this.#buffer.length));
    const view = this.#buffer.subarray(0, n) as T;
    view.fill(fill);
    return view;
  }
}
