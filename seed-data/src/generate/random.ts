/**
 * Seeded randomness for the scale generator: an integer hash to derive one independent stream per
 * entity (so any entity's choices can be recomputed on demand, without storing the graph), the
 * mulberry32 PRNG, a bounded Zipf sampler by inverse CDF, and a cheap permutation that scatters
 * Zipf ranks over an index range (so the hubs are not always index 0).
 */

/** murmur3's 32-bit finaliser: a good avalanche for sequential inputs. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Hashes up to four integers into one 32-bit seed. */
export function hash4(a: number, b: number, c = 0, d = 0): number {
  let h = mix32((a ^ 0x9e3779b9) >>> 0);
  h = mix32((h ^ Math.imul(b, 0x85ebca6b)) >>> 0);
  h = mix32((h ^ Math.imul(c, 0xc2b2ae35)) >>> 0);
  return mix32((h ^ Math.imul(d, 0x27d4eb2f)) >>> 0);
}

/** mulberry32, re-seedable so one instance serves many entities without allocation. */
export class Rng {
  private state: number;

  constructor(seed = 0) {
    this.state = seed >>> 0;
  }

  reseed(seed: number): this {
    this.state = seed >>> 0;
    return this;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /**
   * A rank in [0, n) with P(rank = k) ≈ ∝ (k + 1)^-s: the continuous bounded power law on
   * [1, n + 1] sampled by inverse CDF, floored. Heavy-tailed for s ≥ 1; flatter below.
   */
  zipf(n: number, s = 1): number {
    if (n <= 1) return 0;
    const u = this.next();
    let x: number;
    if (Math.abs(s - 1) < 1e-9) x = Math.exp(u * Math.log(n + 1));
    else {
      const a = 1 - s;
      x = Math.pow(1 + u * (Math.pow(n + 1, a) - 1), 1 / a);
    }
    const rank = Math.floor(x) - 1;
    return rank < 0 ? 0 : rank >= n ? n - 1 : rank;
  }
}

const SCATTER_PRIME = 1_000_003;

/**
 * A bijection of [0, n) (for n below ~9e7): rank → (rank·m + offset) mod n with m coprime to n.
 * Used to place the popular Zipf ranks at salt-dependent indices.
 */
export function scatter(rank: number, n: number, salt: number): number {
  if (n <= 1) return 0;
  let m = SCATTER_PRIME % n;
  if (m === 0) m = 1; // n is a multiple of the prime: the identity is still a bijection
  return (rank * m + (mix32(salt >>> 0) % n)) % n;
}
