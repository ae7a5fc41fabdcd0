import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { useSession } from '../../app/session.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SubNav } from '../../components/SubNav.tsx';
import { useT } from '../../i18n/index.tsx';
import { type OrgTexts, orgTexts } from './i18n.ts';

/** The organization area's tabs and the role functions each needs (none: every signed-in person). */
const TABS: { key: keyof OrgTexts['tabs']; fns?: string[] }[] = [
  { key: 'units', fns: ['org.read', 'org.admin'] },
  { key: 'people', fns: ['org.read', 'org.admin'] },
  { key: 'roles', fns: ['org.read', 'org.admin'] },
  { key: 'committees', fns: ['org.read', 'org.admin'] },
  { key: 'contacts' },
  { key: 'notices' },
  { key: 'transfers', fns: ['org.admin'] },
  { key: 'review', fns: ['org.review'] },
  { key: 'settings', fns: ['org.admin'] },
  { key: 'directory', fns: ['org.admin'] },
];

/** The tabs the signed-in person may open, in order. */
export function useOrgTabs(): (typeof TABS)[number]['key'][] {
  const { session } = useSession();
  const fns = session?.functions ?? [];
  return TABS.filter((t) => !t.fns || t.fns.some((f) => fns.includes(f))).map((t) => t.key);
}

/** Heading and the organization area's sub-navigation (only the tabs the user's functions allow). */
export function OrgFrame({ children, lead }: { children: ReactNode; lead?: ReactNode }) {
  const x = useT(orgTexts);
  const tabs = useOrgTabs();
  return (
    <>
      <PageHeading lead={lead ?? x.lead}>{x.title}</PageHeading>
      <SubNav label={x.title} items={tabs.map((k) => ({ href: `/organization/${k}`, label: x.tabs[k] }))} />
      {children}
    </>
  );
}

export { SelectField } from '../../components/SelectField.tsx';

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
