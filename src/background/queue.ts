/**
 * Runs async tasks one after another, so read-modify-write cycles on storage from many tabs
 * never interleave and no update is lost.
 */
export function createQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return task => {
    const run = tail.then(task);
    // A failed task must not block the ones queued after it.
    tail = run.catch(() => undefined);
    return run;
  };
}
