import { SelectField } from '../../../components/Field.tsx';
import { kitTexts } from '../../../components/i18n.ts';
import { useT } from '../../../i18n/index.tsx';
import { BODY_KINDS } from '../kinds.ts';
import { setupTexts } from '../texts.ts';

/** The kind of body, from the fixed list of kinds mamori serves. */
export function KindSelect({
  value,
  onChange,
  error,
  hint,
}: {
  value: string;
  onChange(v: string): void;
  error?: string;
  hint?: string;
}) {
  const s = useT(setupTexts);
  const c = useT(kitTexts);
  return (
    <SelectField
      id="setup-bodyKind"
      label={s.bodyKind}
      required
      value={value}
      error={error}
      hint={hint}
      placeholder={c.choose}
      options={BODY_KINDS.map((k) => ({ value: k, label: s.kinds[k] }))}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
