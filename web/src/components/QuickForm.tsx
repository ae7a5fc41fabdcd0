import type { InputHTMLAttributes, ReactNode } from 'react';
import { TextField } from './Field.tsx';

/**
 * A form of one field and its button, on one line: a search (the default `type`), a number typed in.
 * `onSend` gets the field's text when the button is pressed or Enter is typed; `children` follow the
 * button (a count of results).
 */
export function QuickForm({
  id,
  label,
  value,
  onChange,
  onSend,
  button,
  formLabel,
  className = 'form form--inline',
  children,
  ...input
}: {
  id: string;
  label: ReactNode;
  value: string;
  onChange(value: string): void;
  onSend(value: string): void;
  button: ReactNode;
  /** The form's own accessible name, when the field's label is not enough. */
  formLabel?: string;
  className?: string;
  children?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'>) {
  return (
    <form
      aria-label={formLabel}
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        onSend(value);
      }}
    >
      <TextField
        type="search"
        {...input}
        id={id}
        label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      <button type="submit" className="btn btn--secondary">
        {button}
      </button>
      {children}
    </form>
  );
}
