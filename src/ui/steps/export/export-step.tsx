import { useId, useState } from 'react';
import type { SourceSummary, ValidationSummary } from '../../../core/session/types';
import type { ExportBundle, TargetListing } from '../../../worker/protocol';
import { useClient } from '../../client-context';
import { useI18n } from '../../i18n/i18n';
import { downloadBlob } from '../../download';
import { StepSection } from '../../components/step-section';

interface Props {
  readonly source: SourceSummary;
  readonly target: TargetListing;
  readonly validation: ValidationSummary;
  readonly onBack: () => void;
  readonly onStartOver: () => void;
}

const KB = 1024;
const size = (n: number) => (n < KB ? `${n} B` : n < KB * KB ? `${(n / KB).toFixed(1)} KB` : `${(n / KB / KB).toFixed(1)} MB`);

/** Step 5: the file(s) the target accepts, the report of what was left out and why, and the accounting of every row. */
export function ExportStep({ source, target, validation, onBack, onStartOver }: Props) {
  const client = useClient();
  const { t, tn, locale, formatNumber } = useI18n();
  const csv = target.target.csv;
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [delimiter, setDelimiter] = useState<string>(csv.delimiters[0] ?? ',');
  const [guard, setGuard] = useState(csv.formulaGuard);
  const [bundle, setBundle] = useState<ExportBundle | null>(null);
  const [busy, setBusy] = useState(false);
  const ids = { delimiter: useId(), guard: useId() };
  const baseName = `${source.name.replace(/\.[^.]+$/, '')}-${target.target.id}`;

  const prepare = async () => {
    setBusy(true);
    const r = await client.call('exportFiles', { request: { format, delimiter, formulaGuard: guard, locale, baseName } });
    setBusy(false);
    if (r.value.ok) setBundle(r.value.value);
  };
  const s = bundle?.summary;

  return (
    <StepSection title={t('step.export.title')}>
      <p className="lede">{tn('export.lede', validation.rows - validation.errorRows, { target: target.target.name, rejected: formatNumber(validation.errorRows) })}</p>
      <form
        className="panel"
        onSubmit={(e) => {
          e.preventDefault();
          void prepare();
        }}
      >
        <fieldset>
          <legend>{t('export.format')}</legend>
          <label className="radio">
            <input type="radio" name="format" value="csv" checked={format === 'csv'} onChange={() => setFormat('csv')} />
            {t('export.csv')}
          </label>
          <label className="radio">
            <input type="radio" name="format" value="json" checked={format === 'json'} onChange={() => setFormat('json')} />
            {t('export.json')}
          </label>
        </fieldset>
        {format === 'csv' && (
          <>
            {csv.delimiters.length > 1 && (
              <p>
                <label htmlFor={ids.delimiter}>{t('export.delimiter')}</label>{' '}
                <select id={ids.delimiter} value={delimiter} onChange={(e) => setDelimiter(e.target.value)}>
                  {csv.delimiters.map((d) => (
                    <option key={d} value={d}>
                      {t(d === ',' ? 'delimiter.comma' : d === ';' ? 'delimiter.semicolon' : d === '\t' ? 'delimiter.tab' : 'delimiter.pipe')}
                    </option>
                  ))}
                </select>
              </p>
            )}
            <p>
              <label className="checkbox" htmlFor={ids.guard}>
                <input id={ids.guard} type="checkbox" checked={guard} onChange={(e) => setGuard(e.target.checked)} />
                {t('export.guard')}
              </label>
            </p>
            <p className="muted small">
              {t('export.dialect', { ending: csv.lineEnding === '\r\n' ? 'CRLF' : 'LF', bom: csv.bom ? t('export.withBom') : t('export.noBom') })}
              {csv.maxRecordsPerFile !== undefined && ` ${t('export.split', { max: formatNumber(csv.maxRecordsPerFile) })}`}
            </p>
          </>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('export.preparing') : t('export.prepare')}
        </button>
      </form>

      {bundle !== null && s !== undefined && (
        <div className="panel" role="region" aria-label={t('export.filesLabel')}>
          <h3>{t('export.accounting')}</h3>
          <p data-testid="equation">
            {t('export.equation', {
              records: formatNumber(s.records),
              header: formatNumber(s.headerAndPreamble),
              exported: formatNumber(s.exported),
              rejected: formatNumber(s.rejected),
            })}
            {s.blankLines > 0 && ` ${tn('export.blank', s.blankLines)}`}
          </p>
          {s.exportedWithWarnings > 0 && <p className="muted">{tn('export.withWarnings', s.exportedWithWarnings)}</p>}
          {s.guardedCells > 0 && <p className="muted">{tn('export.guarded', s.guardedCells)}</p>}
          <h3>{t('export.downloads')}</h3>
          <ul className="downloads">
            {bundle.data.map((f) => (
              <li key={f.name}>
                <button type="button" className="primary" onClick={() => downloadBlob(f.blob, f.name)}>
                  {t('export.download', { name: f.name })}
                </button>{' '}
                <span className="muted">
                  {tn('export.recordsIn', f.records)} · {size(f.blob.size)}
                </span>
              </li>
            ))}
            <li>
              <button type="button" onClick={() => downloadBlob(bundle.report.blob, bundle.report.name)}>
                {t('export.downloadReport', { name: bundle.report.name })}
              </button>{' '}
              <span className="muted">{t('export.reportHint')}</span>
            </li>
            {bundle.rejected.records > 0 && (
              <li>
                <button type="button" onClick={() => downloadBlob(bundle.rejected.blob, bundle.rejected.name)}>
                  {t('export.downloadRejected', { name: bundle.rejected.name })}
                </button>{' '}
                <span className="muted">{tn('export.rejectedHint', bundle.rejected.records)}</span>
              </li>
            )}
          </ul>
        </div>
      )}
      <div className="actions">
        <button type="button" onClick={onBack}>
          {t('common.back')}
        </button>
        <button type="button" onClick={onStartOver}>
          {t('export.another')}
        </button>
      </div>
    </StepSection>
  );
}
