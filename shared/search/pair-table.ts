/**
 * Dense ids for pairs of code points, in an open-addressing hash table of typed arrays: the
 * index looks one up for every edge between two segments (a million times for a few
 * applications), where a Map of Maps costs two lookups and a number key a heap number.
 */
const EMPTY = -1;

export class PairTable {
  private firsts = new Int32Array(1024).fill(EMPTY);
  private seconds = new Int32Array(1024);
  private ids = new Int32Array(1024);
  private count = 0;

  /** How many pairs have an id. */
  get size(): number {
    return this.count;
  }

  /** The pair's id, or -1 when it was never given one. */
  get(first: number, second: number): number {
    const at = this.find(first, second);
    return this.firsts[at] === EMPTY ? -1 : this.ids[at]!;
  }

  /** The pair's id, given the next one the first time. */
  idFor(first: number, second: number): number {
    const at = this.find(first, second);
    if (this.firsts[at] !== EMPTY) return this.ids[at]!;
    const id = this.count++;
    this.firsts[at] = first;
    this.seconds[at] = second;
    this.ids[at] = id;
    // Kept at most half full, so a probe ends soon.
    if (this.count * 2 > this.firsts.length) this.grow();
    return id;
  }

  private find(first: number, second: number): number {
    const mask = this.firsts.length - 1;
    let at = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> 0;
    at = (at ^ (at >>> 15)) & mask;
    while (this.firsts[at] !== EMPTY) {
      if (this.firsts[at] === first && this.seconds[at] === second) return at;
      at = (at + 1) & mask;
    }
    return at;
  }

  private grow(): void {
    const { firsts, seconds, ids } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(EMPTY);
    this.seconds = new Int32Array(firsts.length * 2);
    this.ids = new Int32Array(firsts.length * 2);
    for (let i = 0; i < firsts.length; i++) {
      if (firsts[i] === EMPTY) continue;
      const at = this.find(firsts[i]!, seconds[i]!);
      this.firsts[at] = firsts[i]!;
      this.seconds[at] = seconds[i]!;
      this.ids[at] = ids[i]!;
    }
  }
}
