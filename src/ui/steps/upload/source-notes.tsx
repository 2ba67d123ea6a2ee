import type { SourceNote } from '../../../core/session/types';
import { useI18n } from '../../i18n/i18n';

/** What Ferry noticed about the file while reading it: skipped lines, repaired quotes, fallbacks. */
export function SourceNotes({ notes }: { notes: readonly SourceNote[] }) {
  const { t, tn } = useI18n();
  if (notes.length === 0) return null;
  const text = (n: SourceNote): string => {
    switch (n.kind) {
      case 'encoding-fallback':
        return t('note.encodingFallback', { byte: n.byteOffset });
      case 'malformed-quotes':
        return tn('note.malformedQuotes', n.count, { lines: n.lines.join(', ') });
      case 'blank-lines':
        return tn('note.blankLines', n.count, { lines: n.lines.join(', ') });
      case 'formulas-without-value':
        return tn('note.formulas', n.count);
      case 'hidden-rows':
        return tn('note.hiddenRows', n.count);
      case 'hidden-sheets':
        return t('note.hiddenSheets', { sheets: n.sheets.join(', ') });
      case 'no-data-rows':
        return t('note.noDataRows');
      case 'ragged-rows':
        return tn('note.ragged', n.count);
    }
  };
  return (
    <ul className="notes">
      {notes.map((n) => (
        <li key={n.kind} className={n.kind === 'no-data-rows' || n.kind === 'malformed-quotes' ? 'warn' : ''}>
          <span aria-hidden="true">{n.kind === 'no-data-rows' || n.kind === 'malformed-quotes' ? '⚠ ' : 'ℹ '}</span>
          {text(n)}
        </li>
      ))}
    </ul>
  );
}
