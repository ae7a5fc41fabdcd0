import { type FormEvent, useState } from 'react';
import { api } from '../../api/client.ts';
import type { StageResult } from '../../api/types.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PasswordPolicy } from './PasswordPolicy.tsx';

interface Props {
  loginId: string;
  idPrefix: string;
  /**
   * Whether the current password is asked. Not at the first sign-in's forced change: the one-time
   * password was typed a moment ago, and the server accepts its absence only from that session.
   */
  askCurrent?: boolean;
  onDone(result: StageResult): void | Promise<void>;
}

/**
 * The new password once, with a switch to show it (instead of typing it twice), the policy, and the
 * current password where asked: POST /api/auth/password.
 */
export function PasswordForm({ loginId, idPrefix, askCurrent = true, onDone }: Props) {
  const { t } = useI18n();
  const { error, busy, run, field } = useAction();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [shown, setShown] = useState(false);
  const labels = { currentPassword: t.auth.currentPassword, newPassword: t.auth.newPassword };
  // A session the server does not let off (signed in another way) is asked after all.
  const ask = askCurrent || !!field('currentPassword');

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const r = await api.post<StageResult>('/api/auth/password', {
        ...(ask ? { currentPassword: current } : {}),
        newPassword: next,
      });
      setCurrent('');
      setNext('');
      setShown(false);
      await onDone(r);
    });
  }

  return (
    <>
      <FormAlert error={error} idPrefix={idPrefix} labels={labels} />
      <form onSubmit={submit} noValidate className="form">
        {/* For password managers: which account this password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={loginId} readOnly hidden />
        {ask && (
          <TextField
            id={`${idPrefix}-currentPassword`}
            type="password"
            label={labels.currentPassword}
            autoComplete="current-password"
            required
            value={current}
            error={field('currentPassword')}
            onChange={(e) => setCurrent(e.target.value)}
          />
        )}
        <TextField
          id={`${idPrefix}-newPassword`}
          type={shown ? 'text' : 'password'}
          label={labels.newPassword}
          autoComplete="new-password"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={next}
          error={field('newPassword')}
          hint={<PasswordPolicy id={`${idPrefix}-policy`} password={next} loginId={loginId} />}
          onChange={(e) => setNext(e.target.value)}
        />
        <div className="checkbox">
          <input
            id={`${idPrefix}-show`}
            type="checkbox"
            checked={shown}
            aria-controls={`${idPrefix}-newPassword`}
            onChange={(e) => setShown(e.target.checked)}
          />
          <label htmlFor={`${idPrefix}-show`}>{t.auth.showPassword}</label>
        </div>
        <SubmitRow label={t.auth.changePassword} busy={busy} />
      </form>
    </>
  );
}
