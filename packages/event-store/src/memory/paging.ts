import type { RecordedEvent } from "../port";

/**
 * Yields `list` from `start` in `step` direction, one copied page at a time, so a reader
 * never holds more than a page and sees events appended while it reads (forwards).
 */
export async function* pageThrough(
  list: readonly RecordedEvent[],
  start: number,
  step: 1 | -1,
  maxCount: number | undefined,
  pageSize: number,
  /** Ends the read at the first event it says is past the read's bound. */
  past: (event: RecordedEvent) => boolean = () => false,
): AsyncGenerator<RecordedEvent> {
  let remaining = maxCount ?? Number.POSITIVE_INFINITY;
  let at = start;
  while (remaining > 0 && at >= 0 && at < list.length) {
    const size = Math.min(pageSize, remaining);
    const page =
      step === 1 ? list.slice(at, at + size) : list.slice(Math.max(0, at - size + 1), at + 1).reverse();
    if (page.length === 0) return;
    at += step * page.length;
    remaining -= page.length;
    for (const event of page) {
      if (past(event)) return;
      yield event;
    }
    // Let writers in between pages, as a database cursor would.
    await Promise.resolve();
  }
}
