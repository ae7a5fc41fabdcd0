import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData, useInvalidate } from '../../api/query.ts';
import type { Factors, StageResult } from '../../api/types.ts';
import { Button } from '../../components/Button.tsx';
import { useConfirm } from '../../components/Dialog.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { Section } from '../../components/Section.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useI18n } from '../../i18n/index.tsx';
import { formatDate } from '../../lib/date.ts';
import { KeyRegister } from '../auth/KeyRegister.tsx';
import { RecoveryCodes } from '../auth/RecoveryCodes.tsx';
import { TotpSetup } from '../auth/TotpSetup.tsx';
import { ReauthPrompt } from './ReauthPrompt.tsx';

type Adding = 'totp' | 'key' | null;

const FACTORS = '/api/auth/factors';

/** The user's second factors: app, security keys and the recovery codes left. */
export function FactorsSection() {
  const { t, lang } = useI18n();
  const { error, run } = useAction();
  const factorsQuery = useData<Factors>(FACTORS);
  const factors = factorsQuery.data ?? null;
  const invalidate = useInvalidate();
  const { confirm, dialog } = useConfirm();
  const [adding, setAdding] = useState<Adding>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  // A factor change waiting for the password to be entered again (the server asks for it).
  const [pending, setPending] = useState<(() => void) | null>(null);

  const load = () => invalidate(FACTORS);

  /** Runs a factor change at once when the password was re-entered lately, else after asking for it. */
  function withReauth(action: () => void) {
    void run(async () => {
      const r = await api.get<{ validUntil: string | null }>('/api/auth/reauth');
      if (r.validUntil) action();
      else setPending(() => action);
    });
  }

  function added(message: string) {
    return (r: StageResult) => {
      setAdding(null);
      setStatus(message);
      if (r.recoveryCodes?.length) setCodes(r.recoveryCodes);
      void load();
    };
  }

  async function remove(id: string, label: string) {
    if (!(await confirm(fmt(t.account.removeConfirm, { label }), { danger: true }))) return;
    withReauth(
      () =>
        void run(async () => {
          await api.delete(`/api/auth/webauthn/${encodeURIComponent(id)}`);
          setStatus(fmt(t.account.removed, { label }));
          await load();
        }),
    );
  }

  async function removeTotp() {
    if (!(await confirm(fmt(t.account.removeConfirm, { label: t.account.totp }), { danger: true }))) return;
    withReauth(
      () =>
        void run(async () => {
          await api.delete('/api/auth/totp');
          setStatus(fmt(t.account.removed, { label: t.account.totp }));
          await load();
        }),
    );
  }

  async function regenerate() {
    if (!(await confirm(t.account.regenerateConfirm))) return;
    withReauth(
      () =>
        void run(async () => {
          const r = await api.post<{ recoveryCodes: string[] }>('/api/auth/recovery/regenerate');
          setCodes(r.recoveryCodes);
          await load();
        }),
    );
  }

  if (codes) return <RecoveryCodes codes={codes} onContinue={() => setCodes(null)} />;
  if (pending)
    return (
      <ReauthPrompt
        onDone={() => {
          setPending(null);
          pending();
        }}
        onCancel={() => setPending(null)}
      />
    );
  return (
    <Section id="acct-factors" title={t.account.factorsHeading}>
      <Status message={status} />
      <FormAlert error={error ?? factorsQuery.error} />
      {factors && (
        <>
          <h3>{t.account.totp}</h3>
          <p>
            <span className={`tag${factors.totp ? ' tag--ok' : ''}`}>
              {factors.totp ? t.account.totpOn : t.account.totpOff}
            </span>
          </p>
          {factors.totp && (
            <button
              type="button"
              className="btn btn--text btn--danger-text"
              onClick={() => void removeTotp()}
            >
              {t.account.remove}
              <span className="visually-hidden">：{t.account.totp}</span>
            </button>
          )}
          {!factors.totp &&
            (adding === 'totp' ? (
              <TotpSetup onDone={added(t.account.totpAdded)} />
            ) : (
              <Button onClick={() => withReauth(() => setAdding('totp'))}>{t.account.addTotp}</Button>
            ))}
          <h3>{t.account.keys}</h3>
          {factors.webauthn.length === 0 ? (
            <p className="muted">{t.account.noKeys}</p>
          ) : (
            <ul className="key-list">
              {factors.webauthn.map((k) => (
                <li key={k.id}>
                  <span className="key-list__label">{k.label}</span>
                  <span className="muted">
                    {t.account.registered}：{formatDate(k.createdAt, lang)}
                  </span>
                  <button
                    type="button"
                    className="btn btn--text btn--danger-text"
                    aria-label={`${t.account.remove}：${k.label}`}
                    onClick={() => void remove(k.id, k.label)}
                  >
                    {t.account.remove}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {adding === 'key' ? (
            <KeyRegister onDone={added(t.account.keyAdded)} />
          ) : (
            <Button onClick={() => withReauth(() => setAdding('key'))}>{t.account.addKey}</Button>
          )}
          <h3>{t.account.recoveryHeading}</h3>
          <p>{fmt(t.account.recoveryLeft, { count: factors.recoveryCodesLeft })}</p>
          <Button onClick={() => void regenerate()}>{t.account.regenerate}</Button>
        </>
      )}
      {dialog}
    </Section>
  );
}
