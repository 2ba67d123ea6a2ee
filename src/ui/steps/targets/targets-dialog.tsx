import { useEffect, useRef, useState } from 'react';
import type { TargetListing } from '../../../worker/protocol';
import { useClient } from '../../client-context';
import { useI18n } from '../../i18n/i18n';
import { OpenTextFileButton } from '../../components/open-text-file';
import { StatusMessage, type Outcome } from '../../components/status-message';
import { downloadBlob } from '../../download';
import { deleteUserTarget, saveUserTarget } from '../../storage/targets-store';
import { TargetTemplates } from './target-templates';
import { TargetEditor } from './target-editor';

interface Props {
  readonly targets: readonly TargetListing[];
  readonly onChanged: (targets: readonly TargetListing[]) => void;
  readonly onClose: () => void;
}

/** The targets: what each built-in one is read from, templates, and the user's own targets (upload, edit, download). */
export function TargetsDialog({ targets, onChanged, onClose }: Props) {
  const client = useClient();
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState<Outcome | null>(null);
  const [editing, setEditing] = useState<{ base: TargetListing | null } | null>(null);

  useEffect(() => {
    const d = ref.current;
    if (d !== null && !d.open) d.showModal?.();
  }, []);

  const files = [...new Map(targets.map((tl) => [tl.fileId, tl])).values()];

  const addText = async (text: string) => {
    const r = await client.call('addTargetFile', { text });
    if (!r.value.ok) {
      const e = r.value.error;
      const detail =
        e.kind === 'not-json' ? e.message : e.kind === 'shape' ? e.issues.map((i) => `${i.path || '/'}: ${i.message}`).join('; ') : e.problems.map((p) => `${p.target} ${p.path}: ${p.message}`).join('; ');
      setMessage({ kind: 'error', text: t('targets.invalid', { detail }) });
      return false;
    }
    const id = (JSON.parse(text) as { id: string }).id;
    await saveUserTarget(id, text);
    onChanged(r.value.value);
    setMessage({ kind: 'ok', text: t('targets.added', { id }) });
    return true;
  };

  return (
    <dialog ref={ref} className="dialog" aria-labelledby="targets-title" onClose={onClose} onCancel={onClose}>
      <div className="dialog-head">
        <h2 id="targets-title">{t('targets.title')}</h2>
        <button type="button" onClick={() => ref.current?.close()} aria-label={t('common.close')}>
          ✕
        </button>
      </div>
      {editing !== null ? (
        <TargetEditor
          base={editing.base}
          onCancel={() => setEditing(null)}
          onSave={async (text) => {
            if (await addText(text)) setEditing(null);
          }}
        />
      ) : (
        <>
          <div className="row wrap">
            <button type="button" className="primary" onClick={() => setEditing({ base: null })}>
              {t('targets.new')}
            </button>
            <OpenTextFileButton label={t('targets.upload')} accept=".json,application/json" onText={addText} />
          </div>
          <StatusMessage message={message} />
          {files.map((file) => (
            <section key={file.fileId} className="panel target-file">
              <h3>
                {file.system} <span className="muted small">{file.builtIn ? t('targets.builtIn') : t('targets.yours')}</span>
              </h3>
              <p className="muted small">{t('targets.source', { title: file.source.title, document: file.source.document })}</p>
              <ul>
                {targets
                  .filter((tl) => tl.fileId === file.fileId)
                  .map((tl) => (
                    <li key={tl.target.id}>
                      <strong>{tl.target.name}</strong> <code>{tl.target.id}</code> — {tl.target.description}
                      <TargetTemplates target={tl} />
                      <button type="button" className="link-button" onClick={() => setEditing({ base: tl })}>
                        {tl.builtIn ? t('targets.copy') : t('targets.edit')}
                      </button>
                    </li>
                  ))}
              </ul>
              {file.readings.length > 0 && (
                <details>
                  <summary>{t('targets.readings', { count: file.readings.length })}</summary>
                  <dl className="readings">
                    {file.readings.map((r, i) => (
                      <div key={i}>
                        <dt>“{r.passage}”</dt>
                        <dd>{r.reading}</dd>
                      </div>
                    ))}
                  </dl>
                </details>
              )}
              <div className="row wrap">
                <button
                  type="button"
                  onClick={() => {
                    const fileTargets = targets.filter((tl) => tl.fileId === file.fileId);
                    const json = { ferryTarget: 1, id: file.fileId, system: file.system, version: file.version, source: file.source, readings: file.readings, targets: fileTargets.map((tl) => tl.target) };
                    downloadBlob(new Blob([JSON.stringify(json, null, 2) + '\n'], { type: 'application/json' }), `${file.fileId}.ferry-target.json`);
                  }}
                >
                  {t('targets.downloadFile')}
                </button>
                {!file.builtIn && (
                  <button
                    type="button"
                    onClick={async () => {
                      const r = await client.call('removeTargetFile', { fileId: file.fileId });
                      await deleteUserTarget(file.fileId);
                      onChanged(r.value);
                    }}
                  >
                    {t('targets.remove')}
                  </button>
                )}
              </div>
            </section>
          ))}
        </>
      )}
    </dialog>
  );
}
