/// <reference lib="webworker" />
import { FerryHandler } from './handler';
import type { Inbound, Outbound } from './protocol';

/** The worker: owns the data, answers requests, posts progress. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handler = new FerryHandler();
const cancelled = new Set<number>();

const post = (message: Outbound) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<Inbound>) => {
  const message = event.data;
  if (message.kind === 'cancel') {
    cancelled.add(message.requestId);
    return;
  }
  const { requestId } = message;
  let lastProgress = 0;
  try {
    const value = await handler.call(message.method, message.params as never, {
      progress: (progress) => {
        const now = performance.now();
        if (now - lastProgress < 50 && progress.done < progress.total) return;
        lastProgress = now;
        post({ kind: 'progress', requestId, progress });
      },
      isCancelled: () => cancelled.has(requestId),
    });
    post({ kind: 'reply', requestId, version: handler.version, value });
  } catch (e) {
    post({ kind: 'failure', requestId, message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  } finally {
    cancelled.delete(requestId);
  }
};
