import type { FerryHandler } from './handler';
import type { Inbound, Method, Outbound, Params, Progress, Reply } from './protocol';

export interface CallOptions {
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
}

export interface Answer<T> {
  readonly value: T;
  /** The worker's dataset version when it answered. */
  readonly version: number;
}

/** The UI's handle on the worker: typed calls, progress, cancel. */
export interface FerryClient {
  call<M extends Method>(method: M, params: Params<M>, options?: CallOptions): Promise<Answer<Awaited<Reply<M>>>>;
  dispose(): void;
}

export class CancelledError extends Error {
  readonly code = 'cancelled';
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

/** A client over a dedicated module worker (the normal case in the browser). */
export function createWorkerClient(): FerryClient {
  const worker = new Worker(new URL('./entry.ts', import.meta.url), { type: 'module', name: 'ferry' });
  let nextId = 1;
  const pending = new Map<number, { resolve: (a: Answer<unknown>) => void; reject: (e: Error) => void; onProgress?: (p: Progress) => void }>();
  worker.onmessage = (event: MessageEvent<Outbound>) => {
    const m = event.data;
    const p = pending.get(m.requestId);
    if (p === undefined) return;
    if (m.kind === 'progress') {
      p.onProgress?.(m.progress);
      return;
    }
    pending.delete(m.requestId);
    if (m.kind === 'reply') p.resolve({ value: m.value, version: m.version });
    else p.reject(new Error(m.message));
  };
  worker.onerror = (event) => {
    for (const p of pending.values()) p.reject(new Error(event.message || 'The worker stopped'));
    pending.clear();
  };
  return {
    call(method, params, options = {}) {
      const requestId = nextId++;
      return new Promise((resolve, reject) => {
        if (options.signal?.aborted === true) {
          reject(new CancelledError());
          return;
        }
        const entry = { resolve: resolve as (a: Answer<unknown>) => void, reject, ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }) };
        pending.set(requestId, entry);
        options.signal?.addEventListener('abort', () => {
          worker.postMessage({ kind: 'cancel', requestId } satisfies Inbound);
        });
        worker.postMessage({ kind: 'call', requestId, method, params } as Inbound);
      });
    },
    dispose() {
      worker.terminate();
    },
  };
}

/** A client that runs the handler on this thread: for tests, and where module workers are unavailable. */
export function createInThreadClient(handler: FerryHandler): FerryClient {
  return {
    async call(method, params, options = {}) {
      const value = await handler.call(method, params, {
        progress: (p) => options.onProgress?.(p),
        isCancelled: () => options.signal?.aborted === true,
      });
      return { value, version: handler.version };
    },
    dispose() {},
  };
}
