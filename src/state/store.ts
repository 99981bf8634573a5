/** A minimal external store: one immutable value, replaced by pure updates, observed by subscribers. */

export interface Store<S> {
  get(): S;
  /** Replaces the state with `update(state)`; subscribers run only when the value actually changes. */
  update(update: (state: S) => S): void;
  subscribe(listener: () => void): () => void;
}

/** Creates a store holding `initial`. */
export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    update(update) {
      const next = update(state);
      if (next === state) return;
      state = next;
      // A copy: a listener may unsubscribe while we iterate.
      for (const listener of Array.from(listeners)) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
