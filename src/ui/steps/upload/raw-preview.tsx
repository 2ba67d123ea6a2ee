import type { RawRecord } from '../../../core/session/types';
import { useI18n } from '../../i18n/i18n';

/** The first records exactly as read, with their line numbers; the header row is marked. */
export function RawPreview({ records, headerRecord }: { records: readonly RawRecord[]; headerRecord: number }) {
  const { t } = useI18n();
  const width = Math.max(1, ...records.map((r) => r.cells.length));
  return (
    <div className="panel">
      <h3 id="raw-preview-title">{t('preview.title')}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="raw-preview-title">
        <table className="raw-preview">
          <thead>
            <tr>
              <th scope="col">{t('preview.line')}</th>
              {Array.from({ length: width }, (_, c) => (
                <th scope="col" key={c}>
                  {String.fromCharCode(65 + (c % 26)).repeat(1 + Math.floor(c / 26))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {records.map((r) => {
              const role = r.record === headerRecord ? 'header' : r.record < headerRecord ? 'preamble' : 'data';
              return (
                <tr key={r.record} className={role}>
                  <th scope="row">
                    {r.line}
                    {role === 'header' && <span className="tag">{t('preview.header')}</span>}
                    {role === 'preamble' && <span className="tag muted">{t('preview.skipped')}</span>}
                  </th>
                  {Array.from({ length: width }, (_, c) => (
                    <td key={c}>{r.cells[c] ?? ''}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
