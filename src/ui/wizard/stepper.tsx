import { useI18n } from '../i18n/i18n';
import { STEP_ORDER, type StepName } from './wizard-state';

/** Where the user is in the five steps; not clickable (each step checks its own inputs). */
export function Stepper({ current }: { current: StepName }) {
  const { t } = useI18n();
  const at = STEP_ORDER.indexOf(current);
  return (
    <nav className="stepper" aria-label={t('stepper.label')}>
      <ol>
        {STEP_ORDER.map((step, i) => (
          <li key={step} className={i === at ? 'current' : i < at ? 'done' : ''} aria-current={i === at ? 'step' : undefined}>
            <span className="stepper-number" aria-hidden="true">
              {i < at ? '✓' : i + 1}
            </span>
            <span>{t(`step.${step}.short`)}</span>
            {i < at && <span className="visually-hidden">{t('stepper.done')}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
