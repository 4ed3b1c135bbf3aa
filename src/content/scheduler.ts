// Idle-time scheduling with a budget, behind a seam so tests can drive time by hand.

export interface IdleDeadlineLike {
  timeRemaining(): number;
  readonly didTimeout: boolean;
}

export interface Scheduler {
  now(): number;
  /** Runs `cb` when the main thread is idle, or after `timeoutMs` at the latest. Returns a cancel. */
  idle(cb: (deadline: IdleDeadlineLike) => void, timeoutMs: number): () => void;
  /** Runs `cb` after `ms`. Returns a cancel. */
  later(cb: () => void, ms: number): () => void;
}

export function createWindowScheduler(view: Window): Scheduler {
  const ric = (view as Window & { requestIdleCallback?: Window['requestIdleCallback'] }).requestIdleCallback;
  const now = () => view.performance.now();
  return {
    now,
    idle(cb, timeoutMs) {
      if (typeof ric === 'function') {
        const id = ric.call(view, cb, { timeout: timeoutMs });
        return () => view.cancelIdleCallback(id);
      }
      // No requestIdleCallback (older Safari-likes): a short timeout and a fixed budget.
      const started = now();
      const id = view.setTimeout(() => cb({ timeRemaining: () => Math.max(0, 8 - (now() - started)), didTimeout: false }), 1);
      return () => view.clearTimeout(id);
    },
    later(cb, ms) {
      const id = view.setTimeout(cb, ms);
      return () => view.clearTimeout(id);
    },
  };
}

/** Resolves at the next idle period (or after `timeoutMs`); rejects when `signal` (if any) aborts. */
export function nextIdle(scheduler: Scheduler, signal?: AbortSignal, timeoutMs = 100): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal === undefined) {
      scheduler.idle(() => resolve(), timeoutMs);
      return;
    }
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      cancel();
      reject(signal.reason);
    };
    const cancel = scheduler.idle(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, timeoutMs);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
