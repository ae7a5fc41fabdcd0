import { boundFields } from '../../components/boundFields.tsx';
import { TextAreaField } from '../../components/Field.tsx';
import { useT } from '../../i18n/index.tsx';
import type { Ldap } from './api.ts';
import { directoryTexts } from './i18n.ts';
import { type SettingsDraft, StoredSecretField } from './parts.tsx';

interface Props {
  draft: SettingsDraft;
  roles: { id: string; name: string }[];
}

/** What both directory kinds usually call a person's name, mail and post. */
const PERSON: Partial<Ldap> = {
  nameAttribute: 'displayName',
  emailAttribute: 'mail',
  postAttribute: 'title',
};
/** A directory kind's usual settings; the first login attribute is the one kept as the login ID. */
const preset = (
  userFilter: string,
  loginAttributes: [string, ...string[]],
  idAttribute: string,
  more: Partial<Ldap> = {},
): Partial<Ldap> => ({
  ...PERSON,
  userFilter,
  loginAttributes,
  loginIdAttribute: loginAttributes[0],
  idAttribute,
  ...more,
});
const AD = preset(
  '(&(objectCategory=person)(objectClass=user))',
  ['sAMAccountName', 'userPrincipalName'],
  'objectGUID',
  { groupCheck: 'memberOf' },
);
const OPENLDAP = preset('(objectClass=inetOrgPerson)', ['uid', 'mail'], 'entryUUID');

/** The LDAP / Active Directory part of the settings form. */
export function LdapFields({ draft, roles }: Props) {
  const { ldap } = draft.settings;
  const set = (next: Ldap) => draft.change({ ldap: next });
  const { field } = draft;
  const x = useT(directoryTexts);
  const f = boundFields('ds-', 'ldap', ldap, set, field);
  const sync = boundFields('ds-', 'ldap.sync', ldap.sync, (next) => set({ ...ldap, sync: next }), field);
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
      {f.check('enabled', x.enabled)}
      <p className="field__hint">{x.ldapNeverWaives}</p>
      {f.text('url', x.url, x.urlHint)}
      {f.check('startTls', x.startTls)}
      {f.check('allowPlain', x.allowPlain)}
      <TextAreaField
        id="ds-ldap.caCertificate"
        label={x.ca}
        rows={3}
        value={ldap.caCertificate ?? ''}
        error={field('ldap.caCertificate')}
        onChange={(e) => set({ ...ldap, caCertificate: e.target.value.trim() ? e.target.value : null })}
      />
      <p className="field__hint">{x.caHint}</p>
      {f.text('bindDn', x.bindDn)}
      <StoredSecretField secret={draft.secret('bindPassword')} label={x.bindPassword} field={field} />
      {f.text('baseDn', x.baseDn)}
      {f.text('userFilter', x.userFilter)}
      {f.list('loginAttributes', x.loginAttributes)}
      {f.text('loginIdAttribute', x.loginIdAttribute)}
      {f.text('idAttribute', x.idAttribute)}
      {f.text('nameAttribute', x.nameAttribute)}
      {f.text('emailAttribute', x.emailAttribute)}
      {f.text('unitFrom', x.unitFrom, x.unitFromHint)}
      {f.text('postAttribute', x.postAttribute)}
      {f.text('requiredGroup', x.requiredGroup, x.requiredGroupHint, null)}
      {f.choice('groupCheck', x.groupCheck, [
        { value: 'memberOf', label: x.groupCheckMemberOf },
        { value: 'member', label: x.groupCheckMember },
      ])}
      {f.check('createOnSignIn', x.createOnSignIn)}
      {f.check('createUnits', x.createUnits)}
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{x.sync}</legend>
        {sync.check('enabled', x.syncEnabled)}
        {sync.number('intervalMinutes', x.interval, { min: 15 })}
        {sync.check('suspendLeavers', x.suspendLeavers)}
        {sync.number('maxSuspendPercent', x.maxSuspend, { min: 0, max: 100, hint: x.maxSuspendHint })}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{x.groupRoles}</legend>
        <p className="field__hint">{x.groupRolesHint}</p>
        {ldap.groupRoles.map((g, i) => {
          const row = boundFields(
            'ds-',
            `ldap.groupRoles.${i}`,
            g,
            (next) => set({ ...ldap, groupRoles: ldap.groupRoles.map((r, j) => (j === i ? next : r)) }),
            field,
          );
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
            <div key={i} className="fieldset">
              {row.text('group', x.group)}
              {row.choice('roleId', x.role, [
                { value: '', label: '' },
                ...roles.map((r) => ({ value: r.id, label: r.name })),
              ])}
              {row.check('unitScoped', x.unitScoped)}
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
