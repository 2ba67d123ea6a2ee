import type { TargetListing } from '../../../worker/protocol';
import { useClient } from '../../client-context';
import { useI18n } from '../../i18n/i18n';
import { downloadBlob } from '../../download';

/** "Download template": the exact header line, or the header and an example row that passes validation. */
export function TargetTemplates({ target }: { target: TargetListing }) {
  const client = useClient();
  const { t } = useI18n();
  const get = async (example: boolean) => {
    const r = await client.call('template', { targetId: target.target.id, example });
    if (r.value === null) return;
    const bom = target.target.csv.bom ? '\uFEFF' : '';
    downloadBlob(new Blob([bom + r.value], { type: 'text/csv;charset=utf-8' }), `${target.target.id}-${example ? 'example' : 'template'}.csv`);
  };
  return (
    <span className="templates">
      {' '}
      <button type="button" className="link-button" onClick={() => void get(false)}>
        {t('targets.template')}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => void get(true)}>
        {t('targets.example')}
      </button>{' '}
    </span>
  );
}
