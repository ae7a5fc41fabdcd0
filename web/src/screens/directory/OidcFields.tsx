import { boundFields } from '../../components/boundFields.tsx';
import { TextField } from '../../components/Field.tsx';
import { useT } from '../../i18n/index.tsx';
import type { Oidc } from './api.ts';
import { directoryTexts } from './i18n.ts';
import { type SettingsDraft, StoredSecretField } from './parts.tsx';

interface Props {
  draft: SettingsDraft;
  redirectUri: string;
}

/** The OpenID Connect part of the settings form (Entra ID, Keycloak and other providers). */
export function OidcFields({ draft, redirectUri }: Props) {
  const { oidc } = draft.settings;
  const set = (next: Oidc) => draft.change({ oidc: next });
  const x = useT(directoryTexts);
  const f = boundFields('ds-', 'oidc', oidc, set, draft.field);
  const claims = boundFields(
    'ds-',
    'oidc.claims',
    oidc.claims,
    (next) => set({ ...oidc, claims: next }),
    draft.field,
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
      {f.check('enabled', x.enabled)}
      {f.text('label', x.label, x.labelHint)}
      {f.text('issuer', x.issuer, x.issuerHint)}
      {f.text('clientId', x.clientId)}
      <StoredSecretField secret={draft.secret('clientSecret')} label={x.clientSecret} field={draft.field} />
      <TextField id="ds-redirect" label={x.redirectUri} value={redirectUri} readOnly />
      {f.text('scopes', x.scopes)}
      {claims.text('loginId', x.claimLogin)}
      {claims.text('externalId', x.claimId)}
      {claims.text('displayName', x.claimName)}
      {claims.text('email', x.claimEmail)}
      {claims.text('unit', x.claimUnit, undefined, null)}
      {f.check('createOnSignIn', x.createOnSignIn)}
      {f.check('linkByLoginId', x.linkByLoginId)}
      {f.check('allowInsecureHttp', x.allowHttp)}
      {f.choice('secondFactor', x.secondFactor, [
        { value: 'mamori', label: x.sfMamori },
        { value: 'provider_mfa', label: x.sfProvider },
      ])}
      {f.list('mfaAmr', x.mfaAmr)}
      {f.list('mfaAcr', x.mfaAcr)}
      {f.check('requestAcr', x.requestAcr)}
    </fieldset>
  );
}
