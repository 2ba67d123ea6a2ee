import type { Locale } from '../../core/messages';
import { useI18n } from '../i18n/i18n';

export function AppHeader({ onStartOver, onManageTargets }: { onStartOver: (() => void) | null; onManageTargets: () => void }) {
  const { t, locale, setLocale } = useI18n();
  return (
    <header className="app-header">
      <div className="brand">
        <h1>Ferry</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="header-actions">
        <button type="button" className="link-button" onClick={onManageTargets}>
          {t('header.targets')}
        </button>
        {onStartOver !== null && (
          <button type="button" className="link-button" onClick={onStartOver}>
            {t('header.startOver')}
          </button>
        )}
        <label className="locale-picker">
          <span>{t('header.language')}</span>
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
      </div>
    </header>
  );
}
