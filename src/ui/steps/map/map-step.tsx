import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Mapping } from '../../../core/mapping/mapping';
import type { MappingProfile } from '../../../core/mapping/profile';
import type { MappingProposal, SourceSummary, ValidationSummary } from '../../../core/session/types';
import type { Progress, TargetListing } from '../../../worker/protocol';
import { useClient } from '../../client-context';
import { useI18n } from '../../i18n/i18n';
import { FieldRow } from './field-row';
import { dateOrderGuessed, derivedFrom, evidenceFor, mapFormSchema, mappingFromRows, missingPartners, rowsFromMapping, unusedColumns, type MapFormValues } from './mapping-form';
import { ProfileBar } from './profile-bar';
import { FieldLinks, focusField, MapSummary } from './map-summary';
import { StepSection } from '../../components/step-section';

interface Props {
  readonly source: SourceSummary;
  readonly target: TargetListing;
  readonly proposal: MappingProposal;
  readonly onBack: () => void;
  readonly onValidated: (mapping: Mapping, validation: ValidationSummary) => void;
}

/** Step 3: one row per target field, required first; the proposed column, why, and how to read it. */
export function MapStep({ source, target, proposal: initial, onBack, onValidated }: Props) {
  const client = useClient();
  const { t, tn, formatNumber } = useI18n();
  const [proposal, setProposal] = useState(initial);
  const schema = useMemo(() => mapFormSchema(target.target), [target.target]);
  const form = useForm<MapFormValues>({ resolver: zodResolver(schema), defaultValues: { fields: rowsFromMapping(target.target, initial.mapping) } });
  const rows = useWatch({ control: form.control, name: 'fields' });
  const [progress, setProgress] = useState<Progress | null>(null);
  // The first data rows as read, to preview columns combined into one field.
  const [firstRows, setFirstRows] = useState<readonly (readonly string[])[]>([]);
  useEffect(() => {
    let live = true;
    // A preview only: blank lines are skipped, and a failure leaves it out rather than stopping the step.
    client.call('rawRecords', { offset: source.headerRecord + 1, limit: 5 }).then(
      (r) => live && setFirstRows(r.value.map((x) => x.cells).filter((cells) => cells.some((c) => c.trim() !== '')).slice(0, 3)),
      () => live && setFirstRows([]),
    );
    return () => {
      live = false;
    };
  }, [client, source.headerRecord]);
  // Per field, how many of its values still need the user (reported by each value table).
  const [openValues, setOpenValues] = useState<ReadonlyMap<string, number>>(new Map());
  const onOpenValues = useCallback((field: string, open: number) => setOpenValues((m) => ((m.get(field) ?? 0) === open ? m : new Map(m).set(field, open))), []);
  const [failure, setFailure] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  const order = useMemo(() => {
    const fields = target.target.fields.map((field, index) => ({ field, index }));
    return [...fields.filter((f) => f.field.required), ...fields.filter((f) => !f.field.required && f.field.exported), ...fields.filter((f) => !f.field.exported)];
  }, [target.target]);
  const usedBy = useMemo(() => {
    const m = new Map<number, string[]>();
    for (const r of rows) if (r.mode === 'column' && r.column !== '') m.set(Number(r.column), [...(m.get(Number(r.column)) ?? []), r.field]);
    return m;
  }, [rows]);
  const unused = unusedColumns(rows, source.columns.length);
  const derivations = target.target.derivations;

  // What a profile keeps: the form as it is, less the day/month orders Ferry guessed from the rest of
  // the file and nobody confirmed (a wrong guess must not become the profile's teaching).
  const mappingToSave = () => {
    const dirty = form.formState.dirtyFields.fields;
    const rows = form.getValues('fields').map((r, i) => (dirty?.[i]?.dateOrder !== true && dateOrderGuessed(r, evidenceFor(r, proposal.evidence.find((e) => e.field === r.field))) ? { ...r, dateOrder: '' as const } : r));
    return mappingFromRows(target.target.id, rows);
  };

  const applyProfile = async (profile: MappingProfile) => {
    const r = await client.call('proposeMapping', { targetId: target.target.id, profile });
    if (!r.value.ok) return;
    setProposal(r.value.value);
    form.reset({ fields: rowsFromMapping(target.target, r.value.value.mapping) });
  };

  const onValid = async (values: MapFormValues) => {
    const mapping = mappingFromRows(target.target.id, values.fields);
    const controller = new AbortController();
    abort.current = controller;
    setFailure(null);
    setProgress({ stage: 'validating', done: 0, total: source.dataRows, rows: 0 });
    try {
      const r = await client.call('validate', { mapping }, { signal: controller.signal, onProgress: setProgress });
      if (r.value.ok) onValidated(mapping, r.value.value);
      else if (r.value.error.kind !== 'cancelled') setFailure(r.value.error.kind);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };

  // Fields the form refuses, in the order they are shown.
  const fieldErrors = form.formState.errors.fields;
  const blocked = order.filter(({ index }) => fieldErrors?.[index] !== undefined).map(({ field }) => field);
  const errorCount = blocked.length;
  // Once the user has tried to go on, every change re-checks the whole form: fixing a row clears its message.
  const rowsKey = JSON.stringify(rows);
  const { isSubmitted } = form.formState;
  useEffect(() => {
    if (isSubmitted) void form.trigger();
  }, [rowsKey, isSubmitted, form]);
  const onInvalid = (errors: FieldErrors<MapFormValues>) => {
    const first = order.find(({ index }) => errors.fields?.[index] !== undefined);
    // After react-hook-form's own focus, which lands on no control of these rows.
    if (first !== undefined) setTimeout(() => focusField(first.field.key), 0);
  };

  return (
    <StepSection title={t('step.map.title')}>
      <p className="lede">{t('map.lede', { target: target.target.name, columns: source.columns.length })}</p>
      <ProfileBar source={source} target={target} currentMapping={mappingToSave} onApply={(p) => void applyProfile(p)} applied={proposal.profile} />
      {derivations.length > 0 && (
        <div className="alert info">
          <p>
            <strong>{t('map.derivationsTitle')}</strong>
          </p>
          <ul>
            {derivations.map((d, i) => (
              <li key={i}>{d.note ?? d.kind}</li>
            ))}
          </ul>
        </div>
      )}
      <FormProvider {...form}>
        <form onSubmit={(e) => void form.handleSubmit(onValid, onInvalid)(e)} noValidate aria-describedby={errorCount > 0 ? 'map-errors' : undefined}>
          <MapSummary target={target.target} rows={rows} matches={proposal.matches} evidence={proposal.evidence} openValues={openValues} />
          <div className="field-rows" role="list" aria-label={t('map.fieldsLabel')}>
            {order.map(({ field, index }, k) => (
              <div role="listitem" key={field.key}>
                {k > 0 && !field.exported && order[k - 1]!.field.exported && <h3 className="group-title">{t('map.inputOnly')}</h3>}
                {k === 0 && field.required && <h3 className="group-title">{t('map.requiredFields')}</h3>}
                {k > 0 && field.exported && !field.required && order[k - 1]!.field.required && <h3 className="group-title">{t('map.optionalFields')}</h3>}
                <FieldRow
                  index={index}
                  target={target.target}
                  field={field}
                  columns={source.columns}
                  match={proposal.matches.find((m) => m.field === field.key)}
                  evidence={proposal.evidence.find((e) => e.field === field.key)}
                  usedBy={usedBy}
                  derivedFrom={derivedFrom(target.target, field.key, rows)}
                  onOpenValues={onOpenValues}
                  missingPartners={missingPartners(target.target, field.key, rows)}
                  firstRows={firstRows}
                />
              </div>
            ))}
          </div>
          <div className="panel">
            <h3>{tn('map.unused', unused.length)}</h3>
            {unused.length === 0 ? (
              <p className="muted">{t('map.allUsed')}</p>
            ) : (
              <ul className="unused">
                {unused.map((c) => {
                  const col = source.columns[c]!;
                  return (
                    <li key={c}>
                      <strong>{col.name}</strong> <span className="muted">{col.filled === 0 ? t('map.emptyColumn') : tn('map.filled', col.filled, { samples: col.samples.slice(0, 3).join(', ') })}</span>
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
          {errorCount > 0 && (
            <div className="alert error" id="map-errors" role="alert">
              <FieldLinks
                lead={
                  <>
                    <span aria-hidden="true">✖ </span>
                    {tn('map.blocked', errorCount)}
                  </>
                }
                fields={blocked}
              />
            </div>
          )}
          {failure !== null && (
            <div className="alert error" role="alert">
              {t('map.failed', { detail: failure })}
            </div>
          )}
          {progress !== null ? (
            <div className="reading">
              <progress max={Math.max(1, progress.total)} value={progress.done} aria-label={t('map.checking')} />
              <p className="muted" aria-live="polite">
                {t('map.checkingFigures', { done: formatNumber(progress.done), total: formatNumber(progress.total) })}
              </p>
              <button type="button" onClick={() => abort.current?.abort()}>
                {t('reading.cancel')}
              </button>
            </div>
          ) : (
            <div className="actions">
              <button type="button" onClick={onBack}>
                {t('common.back')}
              </button>
              <button type="submit" className="primary">
                {tn('map.check', source.dataRows)}
              </button>
            </div>
          )}
        </form>
      </FormProvider>
    </StepSection>
  );
}
