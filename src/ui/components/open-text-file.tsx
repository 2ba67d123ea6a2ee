import { useRef } from 'react';

/**
 * A button that opens the file dialog and hands over the chosen file's text
 * (profiles, target files). The input behind it is hidden from assistive
 * technology too, so a screen reader meets one control, not two; it keeps the
 * label for scripts that hand it a file.
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
        aria-hidden="true"
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
