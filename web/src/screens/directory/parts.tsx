import type { ReactNode } from 'react';
import { SecretField } from '../../components/boundFields.tsx';
import { SubNav } from '../../components/SubNav.tsx';
import { useT } from '../../i18n/index.tsx';
import { OrgFrame } from '../org/parts.tsx';
import type { DirectorySettings } from './api.ts';
import { directoryTexts } from './i18n.ts';

/** The organization area's frame with the two directory pages as a second row of tabs. */
export function DirectoryFrame({ children }: { children: ReactNode }) {
  const x = useT(directoryTexts);
  return (
    <OrgFrame lead={x.lead}>
      <SubNav
        label={x.ldap}
        items={[
          { href: '/organization/directory', label: x.settingsTab },
          { href: '/organization/directory/sync', label: x.syncTab },
        ]}
      />
      {children}
    </OrgFrame>
  );
}

/** A secret of the settings the server keeps: whether one is set, and the new one typed (empty keeps it). */
export interface StoredSecret {
  name: keyof DirectorySettings['secrets'];
  isSet: boolean;
  value: string;
  onChange(value: string): void;
}

/** The settings being edited, as each part of the form sees them. */
export interface SettingsDraft {
  settings: DirectorySettings;
  /** Replaces parts of the settings. */
  change(patch: Partial<DirectorySettings>): void;
  /** The server's error for a field, by its path. */
  field(name: string): string | undefined;
  secret(name: StoredSecret['name']): StoredSecret;
}

/** The box for a stored secret, saying whether one is set. */
export function StoredSecretField({
  secret,
  label,
  field,
}: {
  secret: StoredSecret;
  label: string;
  field(name: string): string | undefined;
}) {
  const x = useT(directoryTexts);
  const name = `secrets.${secret.name}`;
  return (
    <SecretField
      id={`ds-${name}`}
      label={label}
      placeholder={secret.isSet ? x.secretSet : x.secretUnset}
      value={secret.value}
      error={field(name)}
      onChange={secret.onChange}
    />
  );
}
