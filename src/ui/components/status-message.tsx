/** A one-line outcome: an error is an alert (read at once), a success a polite status. */
export interface Outcome {
  readonly kind: 'ok' | 'error';
  readonly text: string;
}

export function StatusMessage({ message }: { message: Outcome | null }) {
  if (message === null) return null;
  const error = message.kind === 'error';
  return (
    <p className={error ? 'field-error' : 'ok-text'} role={error ? 'alert' : 'status'}>
      <span aria-hidden="true">{error ? '✖ ' : '✓ '}</span>
      {message.text}
    </p>
  );
}
