import { type FormEvent, type ReactNode, useState } from 'react';
import { api } from '../../api/client.ts';
import type { StageResult } from '../../api/types.ts';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { clientError, useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PasswordPolicy } from './PasswordPolicy.tsx';

interface Props {
  loginId: string;
  idPrefix: string;
  onDone(result: StageResult): void | Promise<void>;
}

/** Current password, new password twice and the policy: POST /api/auth/password. */
export function PasswordForm({ loginId, idPrefix, onDone }: Props) {
  const { t } = useI18n();
  const { error, setError, busy, run, field } = useAction();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const labels = {
    currentPassword: t.auth.currentPassword,
    newPassword: t.auth.newPassword,
    confirmPassword: t.auth.confirmPassword,
  };

  function submit(e: FormEvent) {
    e.preventDefault();
    if (next !== again) {
      setError(
        clientError(t.common.formErrors, [{ field: 'confirmPassword', message: t.auth.confirmMismatch }]),
      );
      return;
    }
    void run(async () => {
      const r = await api.post<StageResult>('/api/auth/password', {
        currentPassword: current,
        newPassword: next,
      });
      setCurrent('');
      setNext('');
      setAgain('');
      await onDone(r);
    });
  }

  const password = (
    name: 'currentPassword' | 'newPassword' | 'confirmPassword',
    value: string,
    set: (v: string) => void,
    autoComplete: string,
    hint?: ReactNode,
  ) => (
    <TextField
      id={`${idPrefix}-${name}`}
      type="password"
      label={labels[name]}
      autoComplete={autoComplete}
      required
      value={value}
      error={field(name)}
      hint={hint}
      onChange={(e) => set(e.target.value)}
    />
  );
  return (
    <>
      <FormAlert error={error} idPrefix={idPrefix} labels={labels} />
      <form onSubmit={submit} noValidate className="form">
        {/* For password managers: which account this password belongs to. */}
        <input type="text" name="username" autoComplete="username" value={loginId} readOnly hidden />
        {password('currentPassword', current, setCurrent, 'current-password')}
        {password(
          'newPassword',
          next,
          setNext,
          'new-password',
          <PasswordPolicy id={`${idPrefix}-policy`} password={next} loginId={loginId} />,
        )}
        {password('confirmPassword', again, setAgain, 'new-password')}
        <SubmitRow label={t.auth.changePassword} busy={busy} />
      </form>
    </>
  );
}
