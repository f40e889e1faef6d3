/**
 * Runs tasks one after another per key, in the order they were queued; tasks on different
 * keys run side by side. The command handler queues by stream so that commands this process
 * sends to one stream each decide on the state the one before left, instead of all deciding
 * on the same state and fighting over the append.
 */
export const createStreamQueue = () => {
  const tails = new Map<string, Promise<void>>();
  return <A>(key: string, task: () => Promise<A>): Promise<A> => {
    const run = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    // Forget a key once its last task is done, so idle streams hold no memory.
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
};

export type StreamQueue = ReturnType<typeof createStreamQueue>;
