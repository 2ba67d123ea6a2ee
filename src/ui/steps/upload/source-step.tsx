import { useEffect, useId, useMemo, useState } from 'react';
import type { IntakeOptions } from '../../../core/session/intake';
import type { MappingProposal, RawRecord, SourceSummary, TargetSuggestion } from '../../../core/session/types';
import type { TargetListing } from '../../../worker/protocol';
import { useClient } from '../../client-context';
import { useI18n } from '../../i18n/i18n';
import { SourceNotes } from './source-notes';
import { RawPreview } from './raw-preview';
import { StepSection } from '../../components/step-section';
import { learnedFor } from '../../storage/profiles-store';

const PREVIEW_RECORDS = 30;
const DELIMITERS: readonly { value: string; key: 'delimiter.comma' | 'delimiter.semicolon' | 'delimiter.tab' | 'delimiter.pipe' }[] = [
  { value: ',', key: 'delimiter.comma' },
  { value: ';', key: 'delimiter.semicolon' },
  { value: '\t', key: 'delimiter.tab' },
  { value: '|', key: 'delimiter.pipe' },
];
const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;

interface Props {
  readonly source: SourceSummary;
  readonly targets: readonly TargetListing[];
  readonly onSourceChanged: (s: SourceSummary) => void;
  readonly onManageTargets: () => void;
  readonly onContinue: (target: TargetListing, proposal: MappingProposal) => void;
}

/** Step 2: what Ferry detected (changeable), the file as read, and the target to import into. */
export function SourceStep({ source, targets, onSourceChanged, onManageTargets, onContinue }: Props) {
  const client = useClient();
  const { t, tn } = useI18n();
  const [records, setRecords] = useState<readonly RawRecord[]>([]);
  const [suggestions, setSuggestions] = useState<readonly TargetSuggestion[]>([]);
  const [targetId, setTargetId] = useState<string>('');
  const [busy, setBusy] = useState<string | null>(null);
  const ids = { encoding: useId(), delimiter: useId(), sheet: useId(), header: useId(), target: useId() };

  useEffect(() => {
    let live = true;
    void client.call('rawRecords', { offset: 0, limit: PREVIEW_RECORDS }).then((a) => live && setRecords(a.value));
    void client.call('suggestTargets', {}).then((a) => {
      if (!live) return;
      setSuggestions(a.value);
      setTargetId((current) => (current !== '' ? current : (a.value[0]?.targetId ?? '')));
    });
    return () => {
      live = false;
    };
  }, [client, source]);

  const reopen = async (options: IntakeOptions) => {
    setBusy(t('source.rereading'));
    const r = await client.call('reopen', { options: { ...currentOptions(source), ...options } });
    setBusy(null);
    if (r.value.ok) onSourceChanged(r.value.value);
  };
  const setHeader = async (record: number) => {
    const r = await client.call('setHeader', { record });
    if (r.value.ok) onSourceChanged(r.value.value);
  };
  const proceed = async () => {
    const target = targets.find((x) => x.target.id === targetId);
    if (target === undefined) return;
    setBusy(t('source.matching'));
    // What the user taught in saved profiles counts for any file, whatever its layout.
    const learned = await learnedFor(targetId).catch(() => ({ names: [], values: [] }));
    const r = await client.call('proposeMapping', { targetId, learned });
    setBusy(null);
    if (r.value.ok) onContinue(target, r.value.value);
  };

  const suggestionOf = (id: string) => suggestions.findIndex((s) => s.targetId === id);
  const grouped = useMemo(() => {
    const systems = new Map<string, TargetListing[]>();
    for (const tl of targets) systems.set(tl.system, [...(systems.get(tl.system) ?? []), tl]);
    return [...systems.entries()];
  }, [targets]);
  const best = suggestions[0];
  const runnerUp = suggestions[1];
  const nameOf = (id: string | undefined) => targets.find((x) => x.target.id === id)?.target.name ?? id ?? '';

  return (
    <StepSection title={t('step.source.title')}>
      <p className="lede">
        {tn('source.lede', source.dataRows, { name: source.name })}
      </p>

      <div className="panel detections">
        <h3>{t('source.detected')}</h3>
        <dl className="facts">
          <div>
            <dt>{t('source.format')}</dt>
            <dd>{source.kind === 'xlsx' ? t('source.formatXlsx') : t('source.formatCsv')}</dd>
          </div>
          {source.encoding !== null && (
            <div>
              <dt>
                <label htmlFor={ids.encoding}>{t('source.encoding')}</label>
              </dt>
              <dd>
                <select id={ids.encoding} value={source.encoding.encoding} onChange={(e) => void reopen({ encoding: e.target.value as (typeof ENCODINGS)[number] })}>
                  {ENCODINGS.map((enc) => (
                    <option key={enc} value={enc}>
                      {t(`encoding.${enc}`)}
                    </option>
                  ))}
                </select>
                <span className="muted"> {t(`encoding.evidence.${source.encoding.evidence}`)}{source.encoding.bom ? ` · ${t('source.bom')}` : ''}</span>
              </dd>
            </div>
          )}
          {source.dialect !== null && (
            <div>
              <dt>
                <label htmlFor={ids.delimiter}>{t('source.delimiter')}</label>
              </dt>
              <dd>
                <select id={ids.delimiter} value={source.dialect.delimiter} onChange={(e) => void reopen({ delimiter: e.target.value })}>
                  {DELIMITERS.map((d) => (
                    <option key={d.value} value={d.value}>
                      {t(d.key)}
                    </option>
                  ))}
                </select>
                <span className="muted"> {source.dialect.sepLine ? t('source.sepLine') : t('source.lineEnds', { ends: source.dialect.newline === '\r\n' ? 'CRLF' : source.dialect.newline === '\n' ? 'LF' : 'CR' })}</span>
              </dd>
            </div>
          )}
          {source.sheets.length > 0 && (
            <div>
              <dt>
                <label htmlFor={ids.sheet}>{t('source.sheet')}</label>
              </dt>
              <dd>
                <select id={ids.sheet} value={source.sheet ?? ''} onChange={(e) => void reopen({ sheet: e.target.value })}>
                  {source.sheets.map((s) => (
                    <option key={s.name} value={s.name}>
                      {s.hidden ? t('source.hiddenSheet', { name: s.name }) : s.name}
                    </option>
                  ))}
                </select>
              </dd>
            </div>
          )}
          <div>
            <dt>
              <label htmlFor={ids.header}>{t('source.headerRow')}</label>
            </dt>
            <dd>
              <select id={ids.header} value={source.headerRecord} onChange={(e) => void setHeader(Number(e.target.value))}>
                <option value={-1}>{t('source.noHeader')}</option>
                {records.map((r) => (
                  <option key={r.record} value={r.record}>
                    {t('source.headerOption', { line: r.line, cells: r.cells.slice(0, 4).join(' · ').slice(0, 60) })}
                  </option>
                ))}
              </select>
              {source.headerRecord === source.detectedHeaderRecord && <span className="muted"> {t('source.detectedMark')}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('source.size')}</dt>
            <dd>
              {tn('source.records', source.records)} · {tn('source.columns', source.columns.length)}
            </dd>
          </div>
        </dl>
        {busy !== null && (
          <p role="status" className="muted">
            {busy}
          </p>
        )}
        <SourceNotes notes={source.notes} />
      </div>

      <RawPreview records={records} headerRecord={source.headerRecord} />

      <div className="panel">
        <h3>
          <label htmlFor={ids.target}>{t('source.target')}</label>
        </h3>
        {best !== undefined && (
          <p className="muted">
            {t('source.suggested', { best: nameOf(best.targetId), score: Math.round(best.score * 100) })}
            {runnerUp !== undefined && ` ${t('source.runnerUp', { name: nameOf(runnerUp.targetId), score: Math.round(runnerUp.score * 100) })}`}
          </p>
        )}
        <div className="row">
          <select id={ids.target} value={targetId} onChange={(e) => setTargetId(e.target.value)}>
            {grouped.map(([system, list]) => (
              <optgroup key={system} label={system}>
                {list.map((tl) => (
                  <option key={tl.target.id} value={tl.target.id}>
                    {tl.target.name}
                    {suggestionOf(tl.target.id) === 0 ? ` — ${t('source.bestMatch')}` : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="button" className="link-button" onClick={onManageTargets}>
            {t('source.manageTargets')}
          </button>
        </div>
      </div>

      <div className="actions">
        <button type="button" className="primary" disabled={targetId === '' || busy !== null || source.dataRows === 0} onClick={() => void proceed()}>
          {t('source.continue')}
        </button>
      </div>
    </StepSection>
  );
}

function currentOptions(s: SourceSummary): IntakeOptions {
  return {
    ...(s.encoding === null ? {} : { encoding: s.encoding.encoding }),
    ...(s.dialect === null ? {} : { delimiter: s.dialect.delimiter }),
    ...(s.sheet === null ? {} : { sheet: s.sheet }),
  };
}
