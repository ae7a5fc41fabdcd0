/** A small seeded PRNG (mulberry32) so every run generates the same data. */
export class Rand {
  #s: number;
  constructor(seed: number) {
    this.#s = seed >>> 0;
  }
  next(): number {
    this.#s = (this.#s + 0x6d2b79f5) >>> 0;
    let t = this.#s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  /** A UUIDv7-shaped id whose time part is `ms` (deterministic, time-ordered like newId()). */
  id(ms: number): string {
    const h = Math.floor(ms).toString(16).padStart(12, '0');
    let r = '';
    for (let i = 0; i < 5; i++) r += (this.int(0x10000) | 0).toString(16).padStart(4, '0');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-7${r.slice(1, 4)}-${(this.int(4) + 8).toString(16) + r.slice(5, 8)}-${r.slice(8, 20)}`;
  }
}
