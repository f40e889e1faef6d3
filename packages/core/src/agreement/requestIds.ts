/**
 * The request ids an agreement has decided: a grow-only set that every state of a fold can
 * read as it was, at O(1) per added id however many the agreement holds.
 *
 * All versions along one fold share one native Map from id to the version that added it;
 * a version sees the ids added at or before it. Adding to the newest version writes into
 * the shared Map; adding to an older one (a fork: the same state evolved twice) first copies
 * what that version sees. So no state ever sees a change, while the usual linear fold never
 * copies. (A persistent hash trie, as in `immutable`, costs a path copy per add, which grows
 * with the set: at 43,000 ids that was most of what `evolve` still grew by.) A class, so
 * that states compare by their data and keep `has`/`add` next to it, as `immutable`'s do.
 */
export class RequestIdSet {
  private constructor(
    private readonly shared: { readonly addedAt: Map<string, number>; newest: number },
    /** Also the number of ids this version sees: each version adds exactly one. */
    readonly size: number,
  ) {}

  static readonly empty = new RequestIdSet({ addedAt: new Map(), newest: 0 }, 0);

  static of(ids: Iterable<string>): RequestIdSet {
    let set = RequestIdSet.empty;
    for (const id of ids) set = set.add(id);
    return set;
  }

  has(id: string): boolean {
    const at = this.shared.addedAt.get(id);
    return at !== undefined && at <= this.size;
  }

  add(id: string): RequestIdSet {
    if (this.has(id)) return this;
    const next = this.size + 1;
    // The empty set is shared by every agreement: never write into it.
    if (this.size > 0 && this.shared.newest === this.size) {
      this.shared.addedAt.set(id, next);
      this.shared.newest = next;
      return new RequestIdSet(this.shared, next);
    }
    const addedAt = new Map<string, number>();
    for (const [known, at] of this.shared.addedAt) if (at <= this.size) addedAt.set(known, at);
    addedAt.set(id, next);
    return new RequestIdSet({ addedAt, newest: next }, next);
  }

  /** The ids this version sees, in the order they were added. */
  *values(): IterableIterator<string> {
    for (const [id, at] of this.shared.addedAt) if (at <= this.size) yield id;
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.values();
  }
}
