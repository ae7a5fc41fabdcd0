/**
 * A file input that speaks the page's language. The browser's own file input is labelled by the
 * browser (「Choose File / No file chosen」 in an English Chromium, whatever the page says), so the
 * native input stays in the page for its label, form semantics and tests, visually hidden and out of
 * the tab order, and a button of ours opens it and a line says which file is chosen.
 */
import { type InputHTMLAttributes, useRef, useState } from 'react';
import { useT } from '../i18n/index.tsx';
import { kitTexts } from './i18n.ts';

export type FilePickerProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'id'> & {
  id: string;
  onFile(file: File | null): void;
};

export function FilePicker({ id, onFile, className, ...input }: FilePickerProps) {
  const c = useT(kitTexts);
  const ref = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <div className={`file-picker${className ? ` ${className}` : ''}`}>
      <input
        ref={ref}
        id={id}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => {
          const file = e.target.files?.[0] ?? null;
          setChosen(file?.name ?? null);
          onFile(file);
        }}
        {...input}
      />
      <button
        type="button"
        className="btn btn--secondary btn--small"
        aria-describedby={`${id}-chosen`}
        disabled={input.disabled}
        onClick={() => ref.current?.click()}
      >
        {c.fileChoose}
      </button>
      <span id={`${id}-chosen`} className="file-picker__name" aria-live="polite">
        {chosen ?? c.fileNone}
      </span>
    </div>
  );
}
