import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { Link, usePath } from '../../app/router.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { texts } from './i18n.ts';

const TABS = [
  'units',
  'people',
  'roles',
  'committees',
  'contacts',
  'notices',
  'transfers',
  'review',
  'settings',
] as const;

/** Heading and the organization area's sub-navigation. */
export function OrgFrame({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  const { lang } = useI18n();
  const x = texts(lang);
  const path = usePath();
  return (
    <>
      <PageHeading lead={lead ?? x.lead}>{x.title}</PageHeading>
      <nav aria-label={x.title} className="org-tabs no-print">
        <div className="actions">
          {TABS.map((k) => {
            const href = `/organization/${k}`;
            const current = path.startsWith(href);
            return (
              <Link
                key={k}
                href={href}
                aria-current={current ? 'page' : undefined}
                className={current ? 'btn btn--primary btn--small' : 'btn btn--secondary btn--small'}
              >
                {x.tabs[k]}
              </Link>
            );
          })}
        </div>
      </nav>
      {children}
    </>
  );
}

/** A labelled select. */
export function SelectField({
  id,
  label,
  error,
  children,
  ...rest
}: SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; error?: string }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <select
        id={id}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...rest}
      >
        {children}
      </select>
    </div>
  );
}

/** A labelled multi-line input. */
export function TextAreaField({
  id,
  label,
  error,
  ...rest
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: string; error?: string }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      <textarea
        id={id}
        className="input"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        {...rest}
      />
    </div>
  );
}

/** Empty string → null, for optional text inputs. */
export const orNull = (v: string): string | null => (v.trim() === '' ? null : v.trim());
