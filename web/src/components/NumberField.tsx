import type { InputHTMLAttributes, ReactNode } from 'react';
import { TextField } from './Field.tsx';

/**
 * A whole number between `min` and `max`, with its label; `onChange` gets the number, or `min` when the box
 * is emptied or holds no number.
 */
export function NumberField({
  id,
  label,
  hint,
  error,
  min,
  max,
  value,
  onChange,
  ...input
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  min: number;
  max: number;
  value: number;
  onChange(n: number): void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'min' | 'max'>) {
  return (
    <TextField
      {...input}
      id={id}
      label={label}
      hint={hint}
      error={error}
      type="number"
      min={min}
      max={max}
      value={value}
      onChange={(e) => onChange(Number(e.target.value) || min)}
    />
  );
}
