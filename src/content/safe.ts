/**
 * Containment: the host page must never break because of us. Every entry point (listener,
 * observer, timer, message handler) goes through `guard`, which catches and logs once per place.
 */
const PREFIX = '[Second Thought]';
const reported = new Set<string>();

export function report(where: string, error: unknown): void {
  if (reported.has(where)) return;
  reported.add(where);
  try {
    console.debug(PREFIX, where, error);
  } catch {
    // A page that replaced console must not make us throw either.
  }
}

/** Wraps `fn` so that neither a throw nor a rejected promise escapes into the page. */
export function guard<A extends unknown[], R>(where: string, fn: (...args: A) => R): (...args: A) => R | undefined {
  return (...args: A) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((error: unknown) => report(where, error));
      return result;
    } catch (error) {
      report(where, error);
      return undefined;
    }
  };
}

/** addEventListener through `guard`; returns the function that removes it. */
export function listen<E extends Event = Event>(
  target: EventTarget,
  type: string,
  handler: (event: E) => unknown,
  options: AddEventListenerOptions = {},
): () => void {
  const wrapped = guard(`${type} listener`, handler) as EventListener;
  target.addEventListener(type, wrapped, options);
  return () => target.removeEventListener(type, wrapped, options);
}

/** setTimeout through `guard`; returns the function that cancels it. */
export function later(where: string, fn: () => unknown, ms: number): () => void {
  const id = setTimeout(guard(where, fn), ms);
  return () => clearTimeout(id);
}

/** Waits for the next macrotask, so an editor can notice a selection change before we act on it. */
export function tick(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `guard` for every function of an object (UI callbacks). */
export function guardAll<T extends object>(where: string, functions: T): T {
  const guarded = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(functions)) {
    guarded[name] = typeof fn === 'function' ? guard(`${where} ${name}`, fn as (...args: unknown[]) => unknown) : fn;
  }
  return guarded as T;
}
