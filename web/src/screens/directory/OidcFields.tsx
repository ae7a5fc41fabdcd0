import { TextField } from '../../components/Field.tsx';
import { useT } from '../../i18n/index.tsx';
import { SelectField } from '../org/parts.tsx';
import type { Oidc } from './api.ts';
import { directoryTexts } from './i18n.ts';
import { Check, splitList } from './parts.tsx';

interface Props {
  oidc: Oidc;
  set(next: Oidc): void;
  field(name: string): string | undefined;
  secretSet: boolean;
  secret: string;
  setSecret(v: string): void;
  redirectUri: string;
}

/** The OpenID Connect part of the settings form (Entra ID, Keycloak and other providers). */
export function OidcFields({ oidc, set, field, secretSet, secret, setSecret, redirectUri }: Props) {
  const x = useT(directoryTexts);
  const text = (key: 'label' | 'issuer' | 'clientId' | 'scopes', label: string, hint?: string) => (
    <TextField
      id={`ds-oidc.${key}`}
      label={label}
      hint={hint}
      value={oidc[key]}
      error={field(`oidc.${key}`)}
      onChange={(e) => set({ ...oidc, [key]: e.target.value })}
    />
  );
  const claim = (key: keyof Oidc['claims'], label: string) => (
    <TextField
      id={`ds-oidc.claims.${key}`}
      label={label}
      value={oidc.claims[key] ?? ''}
      error={field(`oidc.claims.${key}`)}
      onChange={(e) =>
        set({ ...oidc, claims: { ...oidc.claims, [key]: e.target.value || (key === 'unit' ? null : '') } })
      }
    />
  );
  const check = (
    key: 'enabled' | 'createOnSignIn' | 'linkByLoginId' | 'allowInsecureHttp' | 'requestAcr',
    label: string,
  ) => (
    <Check
      id={`ds-oidc.${key}`}
      label={label}
      checked={oidc[key]}
      onChange={(v) => set({ ...oidc, [key]: v })}
    />
  );
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{x.oidc}</legend>
      <div className="actions">
        <button
          type="button"
          className="btn btn--secondary"
          onClick={() =>
            set({
              ...oidc,
              label: oidc.label || 'Microsoft Entra ID',
              issuer: oidc.issuer || 'https://login.microsoftonline.com/<tenant-id>/v2.0',
              scopes: 'openid profile email',
              claims: {
                loginId: 'preferred_username',
                externalId: 'oid',
                displayName: 'name',
                email: 'email',
                unit: null,
              },
              mfaAmr: ['mfa'],
            })
          }
        >
          {x.presetEntra}
        </button>
      </div>
      {check('enabled', x.enabled)}
      {text('label', x.label, x.labelHint)}
      {text('issuer', x.issuer, x.issuerHint)}
      {text('clientId', x.clientId)}
      <TextField
        id="ds-secrets.clientSecret"
        type="password"
        autoComplete="new-password"
        label={x.clientSecret}
        placeholder={secretSet ? x.secretSet : x.secretUnset}
        value={secret}
        error={field('secrets.clientSecret')}
        onChange={(e) => setSecret(e.target.value)}
      />
      <TextField id="ds-redirect" label={x.redirectUri} value={redirectUri} readOnly />
      {text('scopes', x.scopes)}
      {claim('loginId', x.claimLogin)}
      {claim('externalId', x.claimId)}
      {claim('displayName', x.claimName)}
      {claim('email', x.claimEmail)}
      {claim('unit', x.claimUnit)}
      {check('createOnSignIn', x.createOnSignIn)}
      {check('linkByLoginId', x.linkByLoginId)}
      {check('allowInsecureHttp', x.allowHttp)}
      <SelectField
        id="ds-oidc.secondFactor"
        label={x.secondFactor}
        value={oidc.secondFactor}
        onChange={(e) => set({ ...oidc, secondFactor: e.target.value as Oidc['secondFactor'] })}
      >
        <option value="mamori">{x.sfMamori}</option>
        <option value="provider_mfa">{x.sfProvider}</option>
      </SelectField>
      <TextField
        id="ds-oidc.mfaAmr"
        label={x.mfaAmr}
        value={oidc.mfaAmr.join(', ')}
        error={field('oidc.mfaAmr')}
        onChange={(e) => set({ ...oidc, mfaAmr: splitList(e.target.value) })}
      />
      <TextField
        id="ds-oidc.mfaAcr"
        label={x.mfaAcr}
        value={oidc.mfaAcr.join(', ')}
        error={field('oidc.mfaAcr')}
        onChange={(e) => set({ ...oidc, mfaAcr: splitList(e.target.value) })}
      />
      {check('requestAcr', x.requestAcr)}
    </fieldset>
  );
}
