import type { Progress } from '../../../worker/protocol';
import { useI18n } from '../../i18n/i18n';

const MB = 1024 * 1024;

/** Progress in bytes and rows, with Cancel. The page stays usable: the work is in the worker. */
export function ReadingProgress({ name, progress, onCancel }: { name: string; progress: Progress | null; onCancel: () => void }) {
  const { t } = useI18n();
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <div className="reading" role="group" aria-label={t('reading.label', { name })}>
      <p>
        <strong>{t('reading.title', { name })}</strong>
      </p>
      <progress max={100} value={percent} aria-label={t('reading.bar')} aria-valuetext={t('reading.percent', { percent })} />
      <p className="muted" aria-live="polite">
        {t('reading.figures', { read: (done / MB).toFixed(1), total: (total / MB).toFixed(1), rows: progress?.rows ?? 0 })}
      </p>
      <button type="button" onClick={onCancel}>
        {t('reading.cancel')}
      </button>
    </div>
  );
}
