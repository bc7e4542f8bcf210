/**
 * Work in order per key: what is asked for under one key runs one after another (the next
 * starts once the previous settled, whether it succeeded or failed), different keys side by
 * side. A key with nothing ahead starts at once, and is forgotten when its queue empties.
 */
export function createKeyedQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const previous = tails.get(key);
      const run = previous ? previous.then(work, work) : work();
      tails.set(key, run);
      const leave = () => {
        if (tails.get(key) === run) tails.delete(key);
      };
      run.then(leave, leave);
      return run;
    },
    /** Resolves once every key's queue is empty (work queued meanwhile included). */
    async idle(): Promise<void> {
      while (tails.size > 0) await Promise.allSettled([...tails.values()]);
    },
  };
}
