import { useI18n } from '../../i18n/index.tsx';

/** The rules a new password must meet, ticked as the user types (the server has the last word). */
export function PasswordPolicy({ id, password, loginId }: { id: string; password: string; loginId: string }) {
  const { t } = useI18n();
  const lower = password.toLowerCase();
  const rules: [string, boolean][] = [
    [t.auth.policyLength, [...password].length >= 12],
    [t.auth.policyUpper, /[A-Z]/.test(password)],
    [t.auth.policyLower, /[a-z]/.test(password)],
    [t.auth.policyDigit, /[0-9]/.test(password)],
    [t.auth.policySymbol, /[^A-Za-z0-9]/.test(password)],
    [
      t.auth.policyLoginId,
      password.length > 0 && !(loginId.length >= 3 && lower.includes(loginId.toLowerCase())),
    ],
  ];
  return (
    <div id={id} className="policy">
      <p className="policy__title">{t.auth.policyHeading}</p>
      <ul className="policy__list">
        {rules.map(([label, ok]) => (
          <li key={label} className={ok ? 'policy__ok' : 'policy__todo'}>
            <span aria-hidden="true" className="policy__mark">
              {ok ? '✓' : '・'}
            </span>
            {label}
            <span className="visually-hidden">（{ok ? t.auth.policyMet : t.auth.policyUnmet}）</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
