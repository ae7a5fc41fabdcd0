import { SelectField } from '../../../components/Field.tsx';
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
  return (
    <SelectField
      id="setup-bodyKind"
      label={s.bodyKind}
      required
      value={value}
      error={error}
      hint={hint}
      placeholder={s.chooseKind}
      options={BODY_KINDS.map((k) => ({ value: k, label: s.kinds[k] }))}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
