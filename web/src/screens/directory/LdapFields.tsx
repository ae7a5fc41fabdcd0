import { TextField } from '../../components/Field.tsx';
import { useT } from '../../i18n/index.tsx';
import { SelectField, TextAreaField } from '../org/parts.tsx';
import type { Ldap } from './api.ts';
import { directoryTexts } from './i18n.ts';
import { Check, splitList } from './parts.tsx';

interface Props {
  ldap: Ldap;
  set(next: Ldap): void;
  field(name: string): string | undefined;
  passwordSet: boolean;
  password: string;
  setPassword(v: string): void;
  roles: { id: string; name: string }[];
}

const AD: Partial<Ldap> = {
  userFilter: '(&(objectCategory=person)(objectClass=user))',
  loginAttributes: ['sAMAccountName', 'userPrincipalName'],
  loginIdAttribute: 'sAMAccountName',
  idAttribute: 'objectGUID',
  nameAttribute: 'displayName',
  emailAttribute: 'mail',
  postAttribute: 'title',
  groupCheck: 'memberOf',
};
const OPENLDAP: Partial<Ldap> = {
  userFilter: '(objectClass=inetOrgPerson)',
  loginAttributes: ['uid', 'mail'],
  loginIdAttribute: 'uid',
  idAttribute: 'entryUUID',
  nameAttribute: 'displayName',
  emailAttribute: 'mail',
  postAttribute: 'title',
};

/** The LDAP / Active Directory part of the settings form. */
export function LdapFields({ ldap, set, field, passwordSet, password, setPassword, roles }: Props) {
  const x = useT(directoryTexts);
  const text = (key: keyof Ldap, label: string, hint?: string) => (
    <TextField
      id={`ds-ldap.${key}`}
      label={label}
      hint={hint}
      value={String(ldap[key] ?? '')}
      error={field(`ldap.${key}`)}
      onChange={(e) => set({ ...ldap, [key]: e.target.value })}
    />
  );
  const check = (
    key: 'enabled' | 'startTls' | 'allowPlain' | 'createOnSignIn' | 'createUnits',
    label: string,
  ) => (
    <Check
      id={`ds-ldap.${key}`}
      label={label}
      checked={ldap[key]}
      onChange={(v) => set({ ...ldap, [key]: v })}
    />
  );
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{x.ldap}</legend>
      <div className="actions">
        <button type="button" className="btn btn--secondary" onClick={() => set({ ...ldap, ...AD })}>
          {x.presetAd}
        </button>
        <button type="button" className="btn btn--secondary" onClick={() => set({ ...ldap, ...OPENLDAP })}>
          {x.presetOpenLdap}
        </button>
      </div>
      {check('enabled', x.enabled)}
      <p className="field__hint">{x.ldapNeverWaives}</p>
      {text('url', x.url, x.urlHint)}
      {check('startTls', x.startTls)}
      {check('allowPlain', x.allowPlain)}
      <TextAreaField
        id="ds-ldap.caCertificate"
        label={x.ca}
        rows={3}
        value={ldap.caCertificate ?? ''}
        error={field('ldap.caCertificate')}
        onChange={(e) => set({ ...ldap, caCertificate: e.target.value.trim() ? e.target.value : null })}
      />
      <p className="field__hint">{x.caHint}</p>
      {text('bindDn', x.bindDn)}
      <TextField
        id="ds-secrets.bindPassword"
        type="password"
        autoComplete="new-password"
        label={x.bindPassword}
        placeholder={passwordSet ? x.secretSet : x.secretUnset}
        value={password}
        error={field('secrets.bindPassword')}
        onChange={(e) => setPassword(e.target.value)}
      />
      {text('baseDn', x.baseDn)}
      {text('userFilter', x.userFilter)}
      <TextField
        id="ds-ldap.loginAttributes"
        label={x.loginAttributes}
        value={ldap.loginAttributes.join(', ')}
        error={field('ldap.loginAttributes')}
        onChange={(e) => set({ ...ldap, loginAttributes: splitList(e.target.value) })}
      />
      {text('loginIdAttribute', x.loginIdAttribute)}
      {text('idAttribute', x.idAttribute)}
      {text('nameAttribute', x.nameAttribute)}
      {text('emailAttribute', x.emailAttribute)}
      {text('unitFrom', x.unitFrom, x.unitFromHint)}
      {text('postAttribute', x.postAttribute)}
      <TextField
        id="ds-ldap.requiredGroup"
        label={x.requiredGroup}
        hint={x.requiredGroupHint}
        value={ldap.requiredGroup ?? ''}
        error={field('ldap.requiredGroup')}
        onChange={(e) => set({ ...ldap, requiredGroup: e.target.value.trim() ? e.target.value : null })}
      />
      <SelectField
        id="ds-ldap.groupCheck"
        label={x.groupCheck}
        value={ldap.groupCheck}
        onChange={(e) => set({ ...ldap, groupCheck: e.target.value as Ldap['groupCheck'] })}
      >
        <option value="memberOf">{x.groupCheckMemberOf}</option>
        <option value="member">{x.groupCheckMember}</option>
      </SelectField>
      {check('createOnSignIn', x.createOnSignIn)}
      {check('createUnits', x.createUnits)}
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{x.sync}</legend>
        <Check
          id="ds-ldap.sync.enabled"
          label={x.syncEnabled}
          checked={ldap.sync.enabled}
          onChange={(v) => set({ ...ldap, sync: { ...ldap.sync, enabled: v } })}
        />
        <TextField
          id="ds-ldap.sync.intervalMinutes"
          type="number"
          className="input--short"
          label={x.interval}
          min={15}
          value={String(ldap.sync.intervalMinutes)}
          error={field('ldap.sync.intervalMinutes')}
          onChange={(e) => set({ ...ldap, sync: { ...ldap.sync, intervalMinutes: Number(e.target.value) } })}
        />
        <Check
          id="ds-ldap.sync.suspendLeavers"
          label={x.suspendLeavers}
          checked={ldap.sync.suspendLeavers}
          onChange={(v) => set({ ...ldap, sync: { ...ldap.sync, suspendLeavers: v } })}
        />
        <TextField
          id="ds-ldap.sync.maxSuspendPercent"
          type="number"
          className="input--short"
          label={x.maxSuspend}
          hint={x.maxSuspendHint}
          min={0}
          max={100}
          value={String(ldap.sync.maxSuspendPercent)}
          error={field('ldap.sync.maxSuspendPercent')}
          onChange={(e) =>
            set({ ...ldap, sync: { ...ldap.sync, maxSuspendPercent: Number(e.target.value) } })
          }
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{x.groupRoles}</legend>
        <p className="field__hint">{x.groupRolesHint}</p>
        {ldap.groupRoles.map((g, i) => {
          const update = (patch: Partial<Ldap['groupRoles'][number]>) =>
            set({ ...ldap, groupRoles: ldap.groupRoles.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
            <div key={i} className="fieldset">
              <TextField
                id={`ds-ldap.groupRoles.${i}.group`}
                label={x.group}
                value={g.group}
                error={field(`ldap.groupRoles.${i}.group`)}
                onChange={(e) => update({ group: e.target.value })}
              />
              <SelectField
                id={`ds-ldap.groupRoles.${i}.roleId`}
                label={x.role}
                value={g.roleId}
                error={field(`ldap.groupRoles.${i}.roleId`)}
                onChange={(e) => update({ roleId: e.target.value })}
              >
                <option value="" />
                {roles.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </SelectField>
              <Check
                id={`ds-ldap.groupRoles.${i}.unitScoped`}
                label={x.unitScoped}
                checked={g.unitScoped}
                onChange={(v) => update({ unitScoped: v })}
              />
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => set({ ...ldap, groupRoles: ldap.groupRoles.filter((_, j) => j !== i) })}
              >
                {x.remove}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() =>
            set({ ...ldap, groupRoles: [...ldap.groupRoles, { group: '', roleId: '', unitScoped: false }] })
          }
        >
          {x.addMapping}
        </button>
      </fieldset>
    </fieldset>
  );
}
