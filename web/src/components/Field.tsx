import type { InputHTMLAttributes, ReactNode } from 'react';
import { useI18n } from '../i18n/index.tsx';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
}

/** A labelled input whose hint and error are tied to it with aria-describedby. */
export function TextField({ id, label, hint, error, required, className, ...input }: FieldProps) {
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <div className="field__label-row">
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        {/* The input's `required` state is what assistive technology announces; the mark is for sighted users. */}
        {required && (
          <span className="field__required" aria-hidden="true">
            {t.common.required}
          </span>
        )}
      </div>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      <input
        id={id}
        className={`input${className ? ` ${className}` : ''}`}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        required={required}
        {...input}
      />
    </div>
  );
}
