import type { FormHTMLAttributes, ReactNode } from 'react';
import type { ApiError } from '../api/client.ts';
import { FormAlert } from './FormAlert.tsx';

/**
 * A form that sends on submit without reloading the page, with its error summary on top (each field the
 * server names links to its input `#{idPrefix}-{field}`).
 */
export function Form({
  onSend,
  error,
  idPrefix,
  labels,
  className = 'form',
  children,
  ...rest
}: {
  onSend(): void;
  error: ApiError | null;
  idPrefix?: string;
  labels?: Record<string, string>;
  children: ReactNode;
} & Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'>) {
  return (
    <form
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        onSend();
      }}
      {...rest}
    >
      <FormAlert error={error} idPrefix={idPrefix} labels={labels} />
      {children}
    </form>
  );
}
