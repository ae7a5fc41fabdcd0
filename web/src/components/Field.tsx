/**
 * Labelled form fields. Each ties its hint and error to the input with aria-describedby and marks a
 * required field; the input's id is `id`, so `<FormAlert idPrefix>` can link a server error to it.
 */
import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
  useId,
} from 'react';
import { useI18n } from '../i18n/index.tsx';
import { FilePicker } from './FilePicker.tsx';

interface FrameProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: ReactNode;
}

/** The ids an input must name in aria-describedby. */
export function describedBy(id: string, hint?: unknown, error?: unknown, extra?: string): string | undefined {
  return [extra, hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** Label, required mark, hint and error around one input. */
export function FieldFrame({ id, label, hint, error, required, children }: FrameProps) {
  const { t } = useI18n();
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
        <div id={`${id}-hint`} className="field__hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/**
 * A field drawn from a spec and read with FormData: it keeps its own value, starting from `initial`
 * (the date and date-time fields of `FieldsForm` and `SpecField`).
 */
export interface SeededFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  initial: string;
}

interface Common {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
}

/** A one-line text input. */
export function TextField({
  id,
  label,
  hint,
  error,
  required,
  className,
  ...input
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <input
        id={id}
        className={`input${className ? ` ${className}` : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        required={required}
        {...input}
      />
    </FieldFrame>
  );
}

/** A file input with its label; `onFile` gets the chosen file (null when the choice is cleared). */
export function FileField({
  id,
  label,
  hint,
  error,
  required,
  onFile,
  ...input
}: Common &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange'> & { onFile(file: File | null): void }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <FilePicker
        id={id}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        required={required}
        onFile={onFile}
        {...input}
      />
    </FieldFrame>
  );
}

/** A text area for longer text. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  required,
  rows = 4,
  ...input
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <textarea
        id={id}
        className="input"
        rows={rows}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        required={required}
        {...input}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

/** A select; `options` are drawn after an optional empty choice (`placeholder`), or pass `<option>`s as children. */
export function SelectField({
  id,
  label,
  hint,
  error,
  required,
  options,
  placeholder,
  children,
  ...rest
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options?: Option[]; placeholder?: string }) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error} required={required}>
      <select
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        required={required}
        {...rest}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {children}
      </select>
    </FieldFrame>
  );
}

/** A checkbox with its label beside it. */
export function CheckField({
  id,
  label,
  checked,
  onChange,
  className,
  ...input
}: {
  id?: string;
  label: ReactNode;
  checked: boolean;
  onChange(checked: boolean): void;
  className?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'checked' | 'type' | 'id'>) {
  const own = useId();
  const inputId = id ?? own;
  return (
    <div className={className ? `checkbox ${className}` : 'checkbox'}>
      <input
        id={inputId}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        {...input}
      />
      <label htmlFor={inputId}>{label}</label>
    </div>
  );
}
