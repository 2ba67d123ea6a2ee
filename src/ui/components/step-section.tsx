import { useId, type ReactNode } from 'react';

/**
 * A wizard step: a region named by its heading. The heading takes focus when
 * the step opens (the wizard moves it there), so it is focusable by script only.
 */
export function StepSection({ title, wide = false, children }: { title: string; wide?: boolean; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={wide ? 'step wide' : 'step'} aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
