// Bounded memo tables for per-word work (token forms, stems, folded names, skeletons): a word's result never
// changes, and news text repeats its words, so each distinct word is worked out once. A table that reaches its
// cap is emptied rather than evicted entry by entry: cheap, and it bounds memory on pathological input.

export const WORD_MEMO_LIMIT = 20_000;

export class WordMemo<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly limit = WORD_MEMO_LIMIT) {}

  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Stores and returns `value`. */
  set(key: string, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }

  get size(): number {
    return this.map.size;
  }
}
