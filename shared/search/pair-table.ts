/**
 * Posting lists keyed by a pair of code points, in an open-addressing hash table of typed
 * arrays: the index looks one up for every edge between two segments (a million times for a
 * few applications), where a Map of Maps costs two lookups and a number key a heap number.
 */
import { Postings } from './postings';

const EMPTY = -1;

export class PairTable {
  private firsts = new Int32Array(1024).fill(EMPTY);
  private seconds = new Int32Array(1024);
  private slots = new Int32Array(1024);
  private lists: Postings[] = [];

  get size(): number {
    return this.lists.length;
  }

  /** The list for (first, second), or undefined when no sentence holds the pair. */
  get(first: number, second: number): Postings | undefined {
    const at = this.find(first, second);
    return this.firsts[at] === EMPTY ? undefined : this.lists[this.slots[at]!];
  }

  /** The list for (first, second), made empty the first time. */
  listFor(first: number, second: number): Postings {
    const at = this.find(first, second);
    if (this.firsts[at] !== EMPTY) return this.lists[this.slots[at]!]!;
    const list = new Postings();
    this.firsts[at] = first;
    this.seconds[at] = second;
    this.slots[at] = this.lists.length;
    this.lists.push(list);
    // Kept at most half full, so a probe ends soon.
    if (this.lists.length * 2 > this.firsts.length) this.grow();
    return list;
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
    const { firsts, seconds, slots } = this;
    this.firsts = new Int32Array(firsts.length * 2).fill(EMPTY);
    this.seconds = new Int32Array(firsts.length * 2);
    this.slots = new Int32Array(firsts.length * 2);
    for (let i = 0; i < firsts.length; i++) {
      if (firsts[i] === EMPTY) continue;
      const at = this.find(firsts[i]!, seconds[i]!);
      this.firsts[at] = firsts[i]!;
      this.seconds[at] = seconds[i]!;
      this.slots[at] = slots[i]!;
    }
  }
}
