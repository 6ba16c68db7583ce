/**
 * Seeded randomness for the archive generator: the same seed gives the same archive, byte for byte
 * (ids included), on every machine. mulberry32: small, fast, good enough for test data.
 */
export class Random {
  private state: number;
  private counter = 0;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }

  /** One of the values, each as likely as its weight. */
  weighted<T>(xs: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of xs) total += w;
    let r = this.next() * total;
    for (const [x, w] of xs) {
      r -= w;
      if (r < 0) return x;
    }
    return xs[xs.length - 1][0];
  }

  /** A cuid-shaped id (25 characters: "c", a counter, randomness), reproducible from the seed. */
  id(): string {
    const r1 = Math.floor(this.next() * 2821109907456)
      .toString(36)
      .padStart(8, "0"); // 36^8
    const r2 = Math.floor(this.next() * 2821109907456)
      .toString(36)
      .padStart(8, "0");
    return `c${(this.counter++).toString(36).padStart(8, "0")}${r1}${r2}`;
  }
}

/** Sampling from fixed weights many times: a cumulative table and a binary search. */
export class WeightedTable<T> {
  private readonly items: T[];
  private readonly cumulative: number[];

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    this.items = entries.map(([x]) => x);
    let sum = 0;
    this.cumulative = entries.map(([, w]) => (sum += w));
  }

  draw(random: Random): T {
    const r = random.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}
