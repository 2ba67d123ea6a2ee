import { useCallback, useEffect, useRef, useState } from 'react';
import type { Mapping } from '../../core/mapping/mapping';
import type { SourceSummary } from '../../core/session/types';
import type { TargetListing } from '../../worker/protocol';
import { useClient } from '../client-context';
import { useI18n } from '../i18n/i18n';
import { FileStep } from '../steps/upload/file-step';
import { SourceStep } from '../steps/upload/source-step';
import { MapStep } from '../steps/map/map-step';
import { ReviewStep } from '../steps/review/review-step';
import { ExportStep } from '../steps/export/export-step';
import { TargetsDialog } from '../steps/targets/targets-dialog';
import { loadUserTargets } from '../storage/targets-store';
import { Stepper } from './stepper';
import { AppHeader } from './app-header';
import type { WizardState } from './wizard-state';

/** The only place steps meet: it owns the wizard state and passes each step what it needs. */
export function Wizard() {
  const client = useClient();
  const { t } = useI18n();
  const [state, setState] = useState<WizardState>({ step: 'file' });
  const [targets, setTargets] = useState<readonly TargetListing[]>([]);
  const [targetsOpen, setTargetsOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      for (const text of await loadUserTargets()) await client.call('addTargetFile', { text });
      const listed = await client.call('listTargets', {});
      if (live) setTargets(listed.value);
    })().catch(() => undefined);
    return () => {
      live = false;
    };
  }, [client]);

  // Move focus to the new step's heading so keyboard and screen-reader users land on it.
  useEffect(() => {
    mainRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [state.step]);
  const announcement = t(`step.${state.step}.title`);

  const startOver = useCallback(() => setState({ step: 'file' }), []);
  const opened = useCallback((source: SourceSummary) => setState({ step: 'source', source }), []);

  const main = (() => {
    switch (state.step) {
      case 'file':
        return <FileStep onOpened={opened} />;
      case 'source':
        return (
          <SourceStep
            source={state.source}
            targets={targets}
            onSourceChanged={(source) => setState({ step: 'source', source })}
            onManageTargets={() => setTargetsOpen(true)}
            onContinue={(target, proposal) => setState({ step: 'map', source: state.source, target, proposal })}
          />
        );
      case 'map':
        return (
          <MapStep
            source={state.source}
            target={state.target}
            proposal={state.proposal}
            onBack={() => setState({ step: 'source', source: state.source })}
            onValidated={(mapping: Mapping, validation) => setState({ step: 'review', source: state.source, target: state.target, proposal: state.proposal, mapping, validation })}
          />
        );
      case 'review':
        return (
          <ReviewStep
            target={state.target}
            validation={state.validation}
            onBack={() => setState({ step: 'map', source: state.source, target: state.target, proposal: { ...state.proposal, mapping: state.mapping } })}
            onContinue={() => setState({ ...state, step: 'export' })}
          />
        );
      case 'export':
        return <ExportStep source={state.source} target={state.target} validation={state.validation} onBack={() => setState({ ...state, step: 'review' })} onStartOver={startOver} />;
    }
  })();

  return (
    <div className="app">
      <AppHeader onStartOver={state.step === 'file' ? null : startOver} onManageTargets={() => setTargetsOpen(true)} />
      <Stepper current={state.step} />
      <main ref={mainRef} className="main">
        {main}
      </main>
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      {targetsOpen && <TargetsDialog targets={targets} onChanged={setTargets} onClose={() => setTargetsOpen(false)} />}
    </div>
  );
}
