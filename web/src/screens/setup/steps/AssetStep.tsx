import { type FormEvent, useState } from 'react';
import { api } from '../../../api/client.ts';
import { useData, useMutate } from '../../../api/query.ts';
import { FieldFrame, SelectField, TextField } from '../../../components/Field.tsx';
import { FormAlert } from '../../../components/FormAlert.tsx';
import { UnitSelect, useUnits } from '../../../components/Pickers.tsx';
import { fmt, useT } from '../../../i18n/index.tsx';
import { levelText } from '../../../lib/levels.ts';
import type { Scheme } from '../../assets/api.ts';
import type { SetupStatus } from '../api.ts';
import { setupTexts } from '../texts.ts';
import { useStepDone } from '../useStepDone.ts';

/** The register's first entry: number, name, the unit in charge and its class on each axis of the scheme. */
export function AssetStep({ status }: { status: SetupStatus }) {
  const s = useT(setupTexts);
  const stepDone = useStepDone();
  const scheme = useData<{ active: Scheme | null }>('/api/classification');
  const { units } = useUnits();
  const [assetNo, setAssetNo] = useState('');
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [levels, setLevels] = useState<Record<string, string>>({});
  // With one unit there is nothing to choose.
  const ownerUnitId = unit || (units.length === 1 ? units[0].id : '');
  const axes = scheme.data?.active?.axes ?? [];
  const save = useMutate(
    () =>
      api.post('/api/assets', {
        assetNo: assetNo.trim(),
        name: name.trim(),
        kind: 'information',
        ownerUnitId,
        levels: Object.values(levels).filter(Boolean),
        status: axes.length && axes.every((a) => levels[a.id]) ? 'registered' : 'draft',
      }),
    { onDone: () => void stepDone('asset') },
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    void save.run();
  }
  return (
    <form className="form" noValidate onSubmit={submit}>
      {status.assets > 0 && <p>{fmt(s.assetsNow, { n: status.assets })}</p>}
      <FormAlert
        error={save.error}
        idPrefix="setup-asset"
        labels={{ assetNo: s.assetNo, name: s.assetName, ownerUnitId: s.assetUnit }}
      />
      <TextField
        id="setup-asset-assetNo"
        label={s.assetNo}
        required
        value={assetNo}
        error={save.field('assetNo')}
        onChange={(e) => setAssetNo(e.target.value)}
      />
      <TextField
        id="setup-asset-name"
        label={s.assetName}
        required
        value={name}
        error={save.field('name')}
        onChange={(e) => setName(e.target.value)}
      />
      <FieldFrame id="setup-asset-ownerUnitId" label={s.assetUnit} required error={save.field('ownerUnitId')}>
        <UnitSelect id="setup-asset-ownerUnitId" value={ownerUnitId} onChange={setUnit} required />
      </FieldFrame>
      {axes.map((a) => (
        <SelectField
          key={a.id}
          id={`setup-asset-level-${a.id}`}
          label={fmt(s.assetLevel, { axis: a.name })}
          value={levels[a.id] ?? ''}
          placeholder={s.chooseKind}
          options={a.levels.map((l) => ({ value: l.id, label: levelText(a.name, l.label) }))}
          onChange={(e) => setLevels({ ...levels, [a.id]: e.target.value })}
        />
      ))}
      <div className="actions">
        <button type="submit" className="btn btn--primary" disabled={save.busy}>
          {s.register}
        </button>
      </div>
    </form>
  );
}
