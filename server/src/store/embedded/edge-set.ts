/**
 * A hash set of relationships by (source id, type code, target id) → edge row id, in typed arrays
 * (open addressing, linear probing). A load into an empty store writes without the unique index on
 * relationships and asks this set instead whether the load already wrote a relationship — millions
 * of entries at about 13 bytes each, no object per entry.
 */
export class EdgeSet {
  private src = new Uint32Array(1 << 16);
  private dst = new Uint32Array(1 << 16);
  private rel = new Uint8Array(1 << 16);
  /** Edge row id; 0 marks an empty slot (row ids start at 1), `removed` a removed entry. */
  private edge = new Uint32Array(1 << 16);
  private size = 0;

  get(src: number, rel: number, dst: number): number {
    const mask = this.edge.length - 1;
    for (let i = hash(src, rel, dst) & mask; ; i = (i + 1) & mask) {
      const edge = this.edge[i]!;
      if (edge === 0) return 0;
      if (edge !== removed && this.src[i] === src && this.dst[i] === dst && this.rel[i] === rel)
        return edge;
    }
  }

  /** Forgets an entry (an undone write). */
  remove(src: number, rel: number, dst: number): void {
    const mask = this.edge.length - 1;
    for (let i = hash(src, rel, dst) & mask; ; i = (i + 1) & mask) {
      const edge = this.edge[i]!;
      if (edge === 0) return;
      if (edge !== removed && this.src[i] === src && this.dst[i] === dst && this.rel[i] === rel) {
        this.edge[i] = removed;
        return;
      }
    }
  }

  add(src: number, rel: number, dst: number, edge: number): void {
    if ((this.size + 1) * 2 > this.edge.length) this.grow();
    this.put(src, rel, dst, edge);
    this.size++;
  }

  private put(src: number, rel: number, dst: number, edge: number): void {
    const mask = this.edge.length - 1;
    let i = hash(src, rel, dst) & mask;
    while (this.edge[i] !== 0) i = (i + 1) & mask;
    this.src[i] = src;
    this.dst[i] = dst;
    this.rel[i] = rel;
    this.edge[i] = edge;
  }

  private grow(): void {
    const { src, dst, rel, edge } = this;
    const size = edge.length * 2;
    this.src = new Uint32Array(size);
    this.dst = new Uint32Array(size);
    this.rel = new Uint8Array(size);
    this.edge = new Uint32Array(size);
    for (let i = 0; i < edge.length; i++)
      if (edge[i] !== 0 && edge[i] !== removed) this.put(src[i]!, rel[i]!, dst[i]!, edge[i]!);
  }
}

const removed = 0xffffffff;

function hash(src: number, rel: number, dst: number): number {
  let h = Math.imul(src, 0x9e3779b1) ^ Math.imul(dst + rel * 0x10001, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 13)) >>> 0;
}
