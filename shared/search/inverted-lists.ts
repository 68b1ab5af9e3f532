/**
 * Posting lists (for each word or pair id, the sentences that hold it, in order) built the cheap
 * way: while the index grows, each occurrence is one number appended to a stream, sentence after
 * sentence; `prepare()` turns what was appended since the last call into the lists (a counting
 * sort, two passes), merged after the lists already made. One typed array for every list and one
 * for where each starts: no object or growth per list, 4 bytes an entry.
 */

class Growable {
  values = new Uint32Array(4096);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

export class InvertedLists {
  /** Where each id's sentences start in `sentences`; `starts[id + 1]` is where they end. */
  private starts = new Uint32Array(1);
  private sentences = new Uint32Array(0);
  /** Appended since the last prepare: the ids, and where each sentence's ids end. */
  private pending = new Growable();
  private pendingEnds = new Growable();
  /** The first sentence appended since the last prepare; sentences are appended in order. */
  private pendingFirst = 0;

  /** `sentence` holds `id`; sentences come in order, a sentence's ids together. */
  append(id: number, sentence: number): void {
    while (this.pendingFirst + this.pendingEnds.length < sentence) {
      this.pendingEnds.push(this.pending.length);
    }
    this.pending.push(id);
  }

  /** Makes the lists hold everything appended, for ids below `idCount`, up to `sentenceCount`. */
  prepare(idCount: number, sentenceCount: number): void {
    const appended = sentenceCount - this.pendingFirst;
    if (this.pending.length === 0) {
      // Nothing to merge (sentences of punctuation alone append nothing).
      this.pendingEnds = new Growable();
      this.pendingFirst = Math.max(this.pendingFirst, sentenceCount);
      return;
    }
    while (this.pendingEnds.length < appended) this.pendingEnds.push(this.pending.length);
    const oldIds = this.starts.length - 1;
    const ids = this.pending.values;
    const ends = this.pendingEnds.values;
    const last = new Int32Array(idCount).fill(-1);
    const counts = new Uint32Array(idCount + 1);
    for (let id = 0; id < oldIds; id++) counts[id] = this.starts[id + 1]! - this.starts[id]!;
    // Pass 1: how many sentences each id gains (an id twice in one sentence counts once).
    let k = 0;
    for (let s = 0; s < appended; s++) {
      const end = ends[s]!;
      for (; k < end; k++) {
        const id = ids[k]!;
        if (last[id] !== s) {
          last[id] = s;
          counts[id]!++;
        }
      }
    }
    const starts = new Uint32Array(idCount + 1);
    for (let id = 0; id < idCount; id++) starts[id + 1] = starts[id]! + counts[id]!;
    const sentences = new Uint32Array(starts[idCount]!);
    const next = new Uint32Array(idCount);
    for (let id = 0; id < idCount; id++) {
      const from = id < oldIds ? this.starts[id]! : 0;
      const to = id < oldIds ? this.starts[id + 1]! : 0;
      sentences.set(this.sentences.subarray(from, to), starts[id]!);
      next[id] = starts[id]! + (to - from);
    }
    // Pass 2: the new sentences after each id's old ones, in order.
    last.fill(-1);
    k = 0;
    for (let s = 0; s < appended; s++) {
      const end = ends[s]!;
      for (; k < end; k++) {
        const id = ids[k]!;
        if (last[id] !== s) {
          last[id] = s;
          sentences[next[id]!++] = this.pendingFirst + s;
        }
      }
    }
    this.starts = starts;
    this.sentences = sentences;
    this.pending = new Growable();
    this.pendingEnds = new Growable();
    this.pendingFirst = sentenceCount;
  }

  /** How many sentences hold `id` (as of the last prepare). */
  count(id: number): number {
    return id + 1 < this.starts.length ? this.starts[id + 1]! - this.starts[id]! : 0;
  }

  /** Sets the sentences that hold `id` in a bitmap over all sentences. */
  markInto(id: number, bits: Uint32Array): void {
    if (id + 1 >= this.starts.length) return;
    const sentences = this.sentences;
    for (let i = this.starts[id]!, end = this.starts[id + 1]!; i < end; i++) {
      const s = sentences[i]!;
      bits[s >>> 5]! |= 1 << (s & 31);
    }
  }
}
