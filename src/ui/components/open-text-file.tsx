import { useRef } from 'react';

/**
 * A button that opens the file dialog and hands over the chosen file's text
 * (profiles, target files). The hidden input carries the same accessible name,
 * so a screen reader meets one control, not two.
 */
export function OpenTextFileButton({ label, accept, onText }: { label: string; accept: string; onText: (text: string) => unknown }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={label}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file !== undefined) await onText(await file.text());
        }}
      />
    </>
  );
}
