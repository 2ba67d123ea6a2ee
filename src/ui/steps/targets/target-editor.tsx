import { useId, useMemo } from 'react';
import { useFieldArray, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { DATE_OUTPUT_FORMATS, TAX_ID_SCHEMES, targetFileSchema } from '../../../core/schema/target';
import type { TargetListing } from '../../../worker/protocol';
import type { MessageKey } from '../../i18n/en';
import { useI18n } from '../../i18n/i18n';
import { blankField, editorSchema, FIELD_KINDS, fromTarget, toTargetFile, type EditorValues } from './target-editor-model';

interface Props {
  readonly base: TargetListing | null;
  readonly onCancel: () => void;
  readonly onSave: (json: string) => void | Promise<void>;
}

/**
 * The field-list editor for a user-made target (react-hook-form + zod): start
 * blank or from a copy of a built-in target; saving produces the same JSON
 * format as the built-in files, checked again by the worker.
 */
export function TargetEditor({ base, onCancel, onSave }: Props) {
  const { t } = useI18n();
  const defaults = useMemo(() => fromTarget(base, base?.builtIn !== false), [base]);
  const form = useForm<EditorValues>({ resolver: zodResolver(editorSchema), defaultValues: defaults });
  const { register, control, handleSubmit, formState } = form;
  const fields = useFieldArray({ control, name: 'fields' });
  const values = useWatch({ control, name: 'fields' });
  const ids = { fileId: useId(), system: useId(), id: useId(), name: useId(), description: useId(), delimiter: useId() };
  const err = (e: FieldErrors<EditorValues>['fields'], i: number, name: keyof EditorValues['fields'][number]) => {
    const m = e?.[i]?.[name]?.message;
    return m === undefined ? null : (
      <span className="field-error" role="alert">
        <span aria-hidden="true">✖ </span>
        {t(m as MessageKey)}
      </span>
    );
  };

  const submit = handleSubmit(async (v) => {
    const file = toTargetFile(v, base);
    const checked = targetFileSchema.safeParse(file);
    if (!checked.success) return;
    await onSave(JSON.stringify(checked.data, null, 2));
  });

  return (
    <form className="target-editor" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{base === null ? t('targets.editor.newTitle') : base.builtIn ? t('targets.editor.copyTitle', { name: base.target.name }) : t('targets.editor.editTitle', { name: base.target.name })}</h3>
      <div className="grid-form">
        <label htmlFor={ids.system}>{t('targets.editor.system')}</label>
        <input id={ids.system} {...register('system')} />
        <label htmlFor={ids.fileId}>{t('targets.editor.fileId')}</label>
        <input id={ids.fileId} {...register('fileId')} aria-invalid={formState.errors.fileId !== undefined} />
        <label htmlFor={ids.id}>{t('targets.editor.id')}</label>
        <input id={ids.id} {...register('id')} aria-invalid={formState.errors.id !== undefined} />
        <label htmlFor={ids.name}>{t('targets.editor.name')}</label>
        <input id={ids.name} {...register('name')} />
        <label htmlFor={ids.description}>{t('targets.editor.description')}</label>
        <input id={ids.description} {...register('description')} />
        <label htmlFor={ids.delimiter}>{t('targets.editor.delimiter')}</label>
        <select id={ids.delimiter} {...register('delimiter')}>
          <option value=",">{t('delimiter.comma')}</option>
          <option value=";">{t('delimiter.semicolon')}</option>
          <option value={'\t'}>{t('delimiter.tab')}</option>
          <option value="|">{t('delimiter.pipe')}</option>
        </select>
      </div>
      {(formState.errors.fileId ?? formState.errors.id) !== undefined && (
        <p className="field-error" role="alert">
          {t('targets.editor.error.key')}
        </p>
      )}
      <h4>{t('targets.editor.fields')}</h4>
      {fields.fields.map((f, i) => {
        const kind = values[i]?.kind ?? 'text';
        const legend = t('targets.editor.fieldLegend', { n: i + 1, label: values[i]?.label ?? '' });
        return (
          <fieldset key={f.id} className="editor-field">
            <legend>{legend}</legend>
            <div className="grid-form">
              <label>
                {t('targets.editor.key')} <input {...register(`fields.${i}.key`)} aria-invalid={formState.errors.fields?.[i]?.key !== undefined} />
              </label>
              {err(formState.errors.fields, i, 'key')}
              <label>
                {t('targets.editor.label')} <input {...register(`fields.${i}.label`)} />
              </label>
              {err(formState.errors.fields, i, 'label')}
              <label>
                {t('targets.editor.kind')}{' '}
                <select {...register(`fields.${i}.kind`)}>
                  {FIELD_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`kind.${k}`)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="checkbox">
                <input type="checkbox" {...register(`fields.${i}.required`)} /> {t('targets.editor.required')}
              </label>
              <label>
                {t('targets.editor.unique')}{' '}
                <select {...register(`fields.${i}.unique`)}>
                  <option value="no">{t('targets.editor.unique.no')}</option>
                  <option value="exact">{t('targets.editor.unique.exact')}</option>
                  <option value="case-insensitive">{t('targets.editor.unique.ci')}</option>
                </select>
              </label>
              <label>
                {t('targets.editor.aliases')} <input {...register(`fields.${i}.aliases`)} />
              </label>
              <label>
                {t('targets.editor.example')} <input {...register(`fields.${i}.example`)} />
              </label>
              <label>
                {t('targets.editor.fieldDescription')} <input {...register(`fields.${i}.description`)} />
              </label>
              {kind === 'text' && (
                <>
                  <label>
                    {t('targets.editor.maxLength')} <input inputMode="numeric" {...register(`fields.${i}.maxLength`)} />
                  </label>
                  <label>
                    {t('targets.editor.pattern')} <input {...register(`fields.${i}.pattern`)} spellCheck={false} />
                  </label>
                </>
              )}
              {(kind === 'integer' || kind === 'decimal') && (
                <>
                  <label>
                    {t('targets.editor.min')} <input {...register(`fields.${i}.min`)} />
                  </label>
                  <label>
                    {t('targets.editor.max')} <input {...register(`fields.${i}.max`)} />
                  </label>
                  {kind === 'decimal' && (
                    <>
                      <label>
                        {t('targets.editor.maxScale')} <input inputMode="numeric" {...register(`fields.${i}.maxScale`)} />
                      </label>
                      <label>
                        <input type="checkbox" {...register(`fields.${i}.percentFraction`)} /> {t('targets.editor.percentFraction')}
                      </label>
                    </>
                  )}
                </>
              )}
              {kind === 'date' && (
                <label>
                  {t('targets.editor.dateOutput')}{' '}
                  <select {...register(`fields.${i}.dateOutput`)}>
                    {DATE_OUTPUT_FORMATS.map((d) => (
                      <option key={d} value={d}>
                        {d}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {kind === 'boolean' && (
                <>
                  <label>
                    {t('targets.editor.boolTrue')} <input {...register(`fields.${i}.boolTrue`)} />
                  </label>
                  <label>
                    {t('targets.editor.boolFalse')} <input {...register(`fields.${i}.boolFalse`)} />
                  </label>
                </>
              )}
              {kind === 'enum' && (
                <label className="span-2">
                  {t('targets.editor.enumValues')} <textarea rows={4} {...register(`fields.${i}.enumValues`)} />
                  {err(formState.errors.fields, i, 'enumValues')}
                </label>
              )}
              {kind === 'country' && (
                <label>
                  {t('targets.editor.countryOutput')}{' '}
                  <select {...register(`fields.${i}.countryOutput`)}>
                    <option value="alpha2">ISO alpha-2 (FR)</option>
                    <option value="alpha3">ISO alpha-3 (FRA)</option>
                    <option value="name">{t('targets.editor.countryName')}</option>
                  </select>
                </label>
              )}
              {kind === 'taxId' && (
                <label>
                  {t('targets.editor.taxScheme')}{' '}
                  <select {...register(`fields.${i}.taxScheme`)}>
                    {TAX_ID_SCHEMES.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              {kind === 'reference' && (
                <label>
                  {t('targets.editor.referenceField')}{' '}
                  <select {...register(`fields.${i}.referenceField`)}>
                    <option value="">—</option>
                    {values.map((v) => (
                      <option key={v.key} value={v.key}>
                        {v.label}
                      </option>
                    ))}
                  </select>
                  {err(formState.errors.fields, i, 'referenceField')}
                </label>
              )}
            </div>
            <div className="row">
              <button type="button" disabled={i === 0} onClick={() => fields.move(i, i - 1)} aria-label={t('targets.editor.moveUp', { label: values[i]?.label ?? '' })}>
                ↑
              </button>
              <button type="button" disabled={i === fields.fields.length - 1} onClick={() => fields.move(i, i + 1)} aria-label={t('targets.editor.moveDown', { label: values[i]?.label ?? '' })}>
                ↓
              </button>
              <button type="button" onClick={() => fields.remove(i)} aria-label={t('targets.editor.removeField', { label: values[i]?.label ?? '' })}>
                {t('targets.editor.remove')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button type="button" onClick={() => fields.append(blankField(fields.fields.length + 1))}>
        {t('targets.editor.addField')}
      </button>
      {formState.errors.fields?.root?.message !== undefined && <p className="field-error">{t(formState.errors.fields.root.message as MessageKey)}</p>}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('targets.editor.save')}
        </button>
      </div>
    </form>
  );
}
