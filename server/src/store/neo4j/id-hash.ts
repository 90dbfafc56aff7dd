/**
 * A compact set of 53-bit string hashes, for remembering millions of node and relationship ids in a
 * few bytes each (a Float64Array open-addressing table) instead of ~100 bytes per JavaScript
 * string. Membership can give a false positive (two ids with one hash: for a million ids, odds of
 * about 1 in 10^10 per lookup), never a false negative; the bulk loader only uses it where a false
 * positive costs time, not correctness.
 */

/** Two 32-bit multiplicative hashes of the UTF-16 code units, combined into 53 bits. */
export function hash53(text: string): number {
  let a = 0x811c9dc5 ^ text.length;
  let b = 0x27d4eb2f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  b ^= b >>> 16;
  return (b & 0x1fffff) * 0x100000000 + (a >>> 0);
}

export class HashSet53 {
  private table: Float64Array;
  private mask: number;
  size = 0;

  constructor(expected = 1 << 16) {
    let capacity = 1 << 4;
    while (capacity < expected * 2) capacity *= 2;
    this.table = new Float64Array(capacity);
    this.mask = capacity - 1;
  }

  /** Adds a hash; returns false if it was already there. */
  add(hash: number): boolean {
    if ((this.size + 1) * 2 > this.table.length) this.grow();
    return this.insert(hash + 1);
  }

  has(hash: number): boolean {
    const stored = hash + 1;
    for (let i = this.slot(stored); ; i = (i + 1) & this.mask) {
      const value = this.table[i]!;
      if (value === 0) return false;
      if (value === stored) return true;
    }
  }

  /** Bytes the table occupies. */
  get bytes(): number {
    return this.table.byteLength;
  }

  private slot(stored: number): number {
    // The low 32 bits are the better-mixed half.
    return (stored % 0x100000000) & this.mask;
  }

  private insert(stored: number): boolean {
    for (let i = this.slot(stored); ; i = (i + 1) & this.mask) {
      const value = this.table[i]!;
      if (value === stored) return false;
      if (value === 0) {
        this.table[i] = stored;
        this.size++;
        return true;
      }
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2);
    this.mask = this.table.length - 1;
    this.size = 0;
    for (const value of old) if (value !== 0) this.insert(value);
  }
}
