import { useState } from 'react';
import { api } from '../../../api/client.ts';
import { useData, useMutate } from '../../../api/query.ts';
import { SelectField, TextField } from '../../../components/Field.tsx';
import { Form } from '../../../components/Form.tsx';
import { kitTexts } from '../../../components/i18n.ts';
import { UnitField, useUnits } from '../../../components/Pickers.tsx';
import { SubmitRow } from '../../../components/SubmitRow.tsx';
import { useFormState } from '../../../components/useFormState.ts';
import { fmt, useT } from '../../../i18n/index.tsx';
import { levelText } from '../../../lib/levels.ts';
import type { Scheme } from '../../assets/api.ts';
import type { SetupStatus } from '../api.ts';
import { setupTexts } from '../texts.ts';
import { useStepDone } from '../useStepDone.ts';

/** The register's first entry: number, name, the unit in charge and its class on each axis of the scheme. */
export function AssetStep({ status }: { status: SetupStatus }) {
  const s = useT(setupTexts);
  const c = useT(kitTexts);
  const stepDone = useStepDone();
  const scheme = useData<{ active: Scheme | null }>('/api/classification');
  const { units } = useUnits();
  const form = useFormState('setup-asset', { assetNo: '', name: '', ownerUnitId: '' });
  const [levels, setLevels] = useState<Record<string, string>>({});
  // With one unit there is nothing to choose.
  const ownerUnitId = form.values.ownerUnitId || (units.length === 1 ? units[0].id : '');
  const axes = scheme.data?.active?.axes ?? [];
  const save = useMutate(
    () =>
      api.post('/api/assets', {
        assetNo: form.values.assetNo.trim(),
        name: form.values.name.trim(),
        kind: 'information',
        ownerUnitId,
        levels: Object.values(levels).filter(Boolean),
        status: axes.length && axes.every((a) => levels[a.id]) ? 'registered' : 'draft',
      }),
    { onDone: () => void stepDone('asset') },
  );
  return (
    <Form
      noValidate
      onSend={() => void save.run()}
      error={save.error}
      idPrefix="setup-asset"
      labels={{ assetNo: s.assetNo, name: s.assetName, ownerUnitId: s.assetUnit }}
    >
      {status.assets > 0 && <p>{fmt(s.assetsNow, { n: status.assets })}</p>}
      <TextField label={s.assetNo} required {...form.text('assetNo', save.field)} />
      <TextField label={s.assetName} required {...form.text('name', save.field)} />
      <UnitField label={s.assetUnit} required {...form.pick('ownerUnitId', save.field)} value={ownerUnitId} />
      {axes.map((a) => (
        <SelectField
          key={a.id}
          id={`setup-asset-level-${a.id}`}
          label={fmt(s.assetLevel, { axis: a.name })}
          value={levels[a.id] ?? ''}
          placeholder={c.choose}
          options={a.levels.map((l) => ({ value: l.id, label: levelText(a.name, l.label) }))}
          onChange={(e) => setLevels({ ...levels, [a.id]: e.target.value })}
        />
      ))}
      <SubmitRow label={s.register} busy={save.busy} />
    </Form>
  );
}
