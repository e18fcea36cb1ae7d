// Console history with shell-like up/down keys: up walks back, down walks forward to an empty line.

export interface QueryHistory {
  readonly entries: readonly string[];
  /** Records a submitted query (consecutive repeats kept once) and resets the cursor. */
  push(query: string): void;
  /** Older entry, or `null` at the oldest. `current` is the unsent line, restored by `down`. */
  up(current: string): string | null;
  /** Newer entry; past the newest, the line that was being typed. `null` when not browsing. */
  down(): string | null;
}

export function createQueryHistory(initial: readonly string[] = [], limit = 100): QueryHistory {
  const entries = initial.filter((q) => q.trim() !== '').slice(-limit);
  let cursor = entries.length;
  let draft = '';
  return {
    get entries() {
      return entries;
    },
    push(query) {
      const q = query.trim();
      if (q !== '' && entries[entries.length - 1] !== q) entries.push(q);
      if (entries.length > limit) entries.splice(0, entries.length - limit);
      cursor = entries.length;
      draft = '';
    },
    up(current) {
      if (cursor === 0) return null;
      if (cursor === entries.length) draft = current;
      cursor -= 1;
      return entries[cursor];
    },
    down() {
      if (cursor >= entries.length) return null;
      cursor += 1;
      return cursor === entries.length ? draft : entries[cursor];
    },
  };
}
