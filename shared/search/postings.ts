/**
 * A posting list: the numbers of the sentences that hold one word (or one pair of characters),
 * in a growable typed array. Sentences are added in order, so the list stays sorted and a word
 * seen twice in one sentence is kept once. No object per entry: 4 bytes each.
 */
export class Postings {
  private ids = new Uint32Array(4);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(id: number): void {
    if (this.count > 0 && this.ids[this.count - 1] === id) return;
    if (this.count === this.ids.length) {
      const grown = new Uint32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.count++] = id;
  }

  /** Sets this list's sentences in a bitmap over all sentences. */
  markInto(bits: Uint32Array): void {
    const ids = this.ids;
    for (let i = 0; i < this.count; i++) {
      const id = ids[i]!;
      bits[id >>> 5]! |= 1 << (id & 31);
    }
  }
}
