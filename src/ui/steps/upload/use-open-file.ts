import { useCallback, useRef, useState } from 'react';
import type { IntakeOptions, IntakeProblem } from '../../../core/session/intake';
import type { SourceSummary } from '../../../core/session/types';
import type { Progress } from '../../../worker/protocol';
import { useClient } from '../../client-context';

export type OpenState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly name: string; readonly progress: Progress | null }
  | { readonly kind: 'cancelled'; readonly name: string }
  | { readonly kind: 'failed'; readonly name: string; readonly problem: IntakeProblem | { readonly kind: 'crashed'; readonly message: string } };

/** Reading a file (or pasted cells) in the worker, with progress and cancel. */
export function useOpenFile(onOpened: (s: SourceSummary) => void) {
  const client = useClient();
  const [state, setState] = useState<OpenState>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);

  const run = useCallback(
    async (name: string, start: (signal: AbortSignal, onProgress: (p: Progress) => void) => Promise<{ value: { ok: true; value: SourceSummary } | { ok: false; error: IntakeProblem | { kind: string } } }>) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setState({ kind: 'reading', name, progress: null });
      try {
        // A progress message already on its way when Cancel was pressed must not bring the bar back.
        const answer = await start(controller.signal, (progress) => {
          if (!controller.signal.aborted) setState({ kind: 'reading', name, progress });
        });
        if (controller.signal.aborted) return;
        const r = answer.value;
        if (r.ok) {
          setState({ kind: 'idle' });
          onOpened(r.value);
        } else setState({ kind: 'failed', name, problem: r.error as IntakeProblem });
      } catch (e) {
        if (controller.signal.aborted) return;
        setState({ kind: 'failed', name, problem: { kind: 'crashed', message: e instanceof Error ? e.message : String(e) } });
      }
    },
    [onOpened],
  );

  const openFile = useCallback(
    (file: File, options: IntakeOptions = {}) => run(file.name, (signal, onProgress) => client.call('open', { source: file, name: file.name, options }, { signal, onProgress })),
    [client, run],
  );
  const openText = useCallback((text: string, name: string) => run(name, (signal, onProgress) => client.call('openText', { text, name }, { signal, onProgress })), [client, run]);
  const cancel = useCallback(() => {
    abort.current?.abort();
    setState((s) => (s.kind === 'reading' ? { kind: 'cancelled', name: s.name } : s));
  }, []);

  return { state, openFile, openText, cancel };
}
