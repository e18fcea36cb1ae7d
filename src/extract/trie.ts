// A character trie for leftmost-longest scans of names in text.

/**
 * A character trie. The first character is looked up in a flat table (most text
 * characters start no name, so most positions cost one array read); deeper levels
 * use small maps.
 */
export class Trie<V> {
  private readonly first = new Int32Array(0x10000);
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly values: Array<V | undefined> = [undefined];

  insert(word: string, value: V): void {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let next = i === 0 ? this.first[c]! : (this.children[node]!.get(c) ?? 0);
      if (next === 0) {
        next = this.children.length;
        this.children.push(new Map());
        this.values.push(undefined);
        if (i === 0) this.first[c] = next;
        else this.children[node]!.set(c, next);
      }
      node = next;
    }
    // A word inserted twice keeps its first value.
    this.values[node] ??= value;
  }

  /** Value of the word found by the last `longestEndAt`. */
  lastValue: V | undefined;

  /** End of the longest accepted word starting at `start` (its value in `lastValue`), or -1; allocates nothing. */
  longestEndAt(text: string, start: number, accept: (value: V) => boolean): number {
    let node = this.first[text.charCodeAt(start)]!;
    let bestEnd = -1;
    for (let i = start + 1; node !== 0; i++) {
      const value = this.values[node];
      if (value !== undefined && accept(value)) {
        bestEnd = i;
        this.lastValue = value;
      }
      if (i >= text.length) break;
      node = this.children[node]!.get(text.charCodeAt(i)) ?? 0;
    }
    return bestEnd;
  }

  /** The longest accepted word starting at `start`, or null. */
  longestAt(text: string, start: number, accept: (value: V) => boolean): { end: number; value: V } | null {
    let node = this.first[text.charCodeAt(start)]!;
    let best: { end: number; value: V } | null = null;
    for (let i = start + 1; node !== 0; i++) {
      const value = this.values[node];
      if (value !== undefined && accept(value)) best = { end: i, value };
      if (i >= text.length) break;
      node = this.children[node]!.get(text.charCodeAt(i)) ?? 0;
    }
    return best;
  }
}
