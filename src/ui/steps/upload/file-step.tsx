import { useId, useRef, useState, type DragEvent } from 'react';
import type { SourceSummary } from '../../../core/session/types';
import { intakeProblemMessage } from '../../../core/messages/problems';
import { useI18n } from '../../i18n/i18n';
import { ReadingProgress } from './reading-progress';
import { useOpenFile } from './use-open-file';
import { StepSection } from '../../components/step-section';

/** Step 1: drop a file, pick one, or paste cells copied from a spreadsheet. */
export function FileStep({ onOpened }: { onOpened: (s: SourceSummary) => void }) {
  const { t, locale } = useI18n();
  const { state, openFile, openText, cancel } = useOpenFile(onOpened);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const pasteId = useId();
  const hintId = useId();

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file !== undefined) void openFile(file);
  };

  return (
    <StepSection title={t('step.file.title')}>
      <p className="lede">{t('file.lede')}</p>
      {state.kind === 'reading' ? (
        <ReadingProgress name={state.name} progress={state.progress} onCancel={cancel} />
      ) : (
        <>
          {/* Dropping is a pointer shortcut; the button inside is the keyboard path to the same file dialog. */}
          {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
          <div
            className={`drop-zone${dragging ? ' dragging' : ''}`}
            data-testid="drop-zone"
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <p className="drop-title">{t('file.drop')}</p>
            <p className="muted" id={hintId}>
              {t('file.formats')}
            </p>
            <button type="button" className="primary" onClick={() => inputRef.current?.click()} aria-describedby={hintId}>
              {t('file.choose')}
            </button>
            <input
              ref={inputRef}
              type="file"
              className="visually-hidden"
              accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label={t('file.choose')}
              tabIndex={-1}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (file !== undefined) void openFile(file);
                e.target.value = '';
              }}
            />
          </div>
          <details className="paste">
            <summary>{t('file.pasteSummary')}</summary>
            <label htmlFor={pasteId}>{t('file.pasteLabel')}</label>
            <textarea id={pasteId} rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} spellCheck={false} />
            <button type="button" disabled={pasted.trim() === ''} onClick={() => void openText(pasted, t('file.pastedName'))}>
              {t('file.pasteRead')}
            </button>
          </details>
          {state.kind === 'cancelled' && (
            <p className="alert" role="status">
              {t('file.cancelled', { name: state.name })}
            </p>
          )}
          {state.kind === 'failed' && (
            <div className="alert error" role="alert">
              <strong>
                <span aria-hidden="true">✖ </span>
                {t('file.failed', { name: state.name })}
              </strong>
              <p>{state.problem.kind === 'crashed' ? t('file.crashed', { message: state.problem.message }) : intakeProblemMessage(state.problem, locale)}</p>
            </div>
          )}
          <p className="privacy-note">
            <span aria-hidden="true">🔒 </span>
            {t('file.privacy')}
          </p>
        </>
      )}
    </StepSection>
  );
}
