import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useAsk, useData, useMutate } from '../../api/query.ts';
import { navigate } from '../../app/router.tsx';
import { AreaFrame } from '../../components/AreaFrame.tsx';
import { Button } from '../../components/Button.tsx';
import { CheckField, FieldFrame, SelectField, TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { UnitSelect } from '../../components/Pickers.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { useRegisterTabs } from '../registers/tabs.ts';
import type { Location, Scheme } from './api.ts';
import { assetTexts } from './i18n.ts';

interface Warning {
  code: string;
  params?: Record<string, string>;
}

const BLANK = {
  assetNo: '',
  name: '',
  kind: 'information',
  ownerUnitId: '',
  locationId: '',
  restrictions: '',
  note: '',
  personalInfo: false,
};

/** The rules' warnings for the chosen classes and place, asked again whenever they change. */
function useWarnings(levelIds: string[], locationId: string): Warning[] {
  const body = { levels: levelIds, locationId: locationId || null, status: 'registered' };
  return useAsk<{ warnings: Warning[] }>('/api/assets/check', body).data?.warnings ?? [];
}

/** New asset: class required unless saved as a draft; the rules' warnings show before saving. */
export default function AssetForm() {
  const a = useT(assetTexts);
  const frame = useRegisterTabs();
  const scheme = useData<{ active: Scheme | null }>('/api/classification').data?.active;
  const locations = useData<Location[]>('/api/asset-locations').data ?? [];
  const [v, setV] = useState(BLANK);
  const [levels, setLevels] = useState<Record<string, string>>({});
  const levelIds = Object.values(levels).filter(Boolean);
  const warnings = useWarnings(levelIds, v.locationId);
  const save = useMutate(
    (status: 'draft' | 'registered') =>
      api.post<{ id: string }>('/api/assets', {
        ...v,
        locationId: v.locationId || null,
        restrictions: v.restrictions
          ? v.restrictions
              .split(/[、,]/)
              .map((s) => s.trim())
              .filter(Boolean)
          : undefined,
        note: v.note || null,
        status,
        levels: levelIds,
      }),
    { invalidate: ['/api/assets'], onDone: (r) => navigate(`/registers/assets/${r.id}`) },
  );
  const { field } = save;
  /** A rule warning in the UI language (the server sends a code and its parameters). */
  const warningText = (w: Warning) => {
    const params = { ...w.params };
    if (params.need) params.need = a.needs[params.need] ?? params.need;
    const text = a.warningTexts[w.code];
    return text ? fmt(text, params) : fmt(a.otherWarning, { code: w.code });
  };
  const text = (k: 'assetNo' | 'name' | 'restrictions' | 'note', label: string, required = false) => (
    <TextField
      id={`asset-${k}`}
      label={label}
      value={v[k]}
      required={required}
      error={field(k)}
      onChange={(e) => setV({ ...v, [k]: e.target.value })}
    />
  );
  return (
    <AreaFrame {...frame} title={a.add}>
      <FormAlert error={save.error} />
      <form
        className="form form--narrow"
        onSubmit={(e) => {
          e.preventDefault();
          void save.run('registered');
        }}
      >
        {text('assetNo', a.assetNo, true)}
        {text('name', a.name, true)}
        <SelectField
          id="asset-kind"
          label={a.kind}
          value={v.kind}
          onChange={(e) => setV({ ...v, kind: e.target.value })}
          options={Object.entries(a.kinds).map(([value, label]) => ({ value, label }))}
        />
        <FieldFrame
          id="asset-ownerUnitId"
          label={a.unit}
          hint={a.unitHint}
          error={field('ownerUnitId')}
          required
        >
          <UnitSelect
            id="asset-ownerUnitId"
            value={v.ownerUnitId}
            required
            error={field('ownerUnitId')}
            describedBy="asset-ownerUnitId-hint"
            onChange={(id) => setV({ ...v, ownerUnitId: id })}
          />
        </FieldFrame>
        {scheme?.axes.map((x) => (
          <SelectField
            key={x.id}
            id={`axis-${x.id}`}
            label={x.name}
            value={levels[x.id] ?? ''}
            onChange={(e) => setLevels({ ...levels, [x.id]: e.target.value })}
            placeholder="—"
          >
            {x.levels.map((l) => (
              <option key={l.id} value={l.id} title={l.definition ?? ''}>
                {l.label}
              </option>
            ))}
          </SelectField>
        ))}
        {field('levels') && <p className="field__error">{field('levels')}</p>}
        <SelectField
          id="asset-location"
          label={a.location}
          value={v.locationId}
          onChange={(e) => setV({ ...v, locationId: e.target.value })}
          error={field('locationId')}
          placeholder="—"
          options={locations.map((l) => ({ value: l.id, label: l.name }))}
        />
        {text('restrictions', a.restrictions)}
        <CheckField
          id="asset-personalInfo"
          className="field"
          label={a.personal}
          checked={v.personalInfo}
          onChange={(on) => setV({ ...v, personalInfo: on })}
        />
        {text('note', a.note)}
        {warnings.length > 0 && (
          <section className="notice" aria-label={a.warnings}>
            <p className="notice__title">{a.warnings}</p>
            <ul>
              {warnings.map((w) => (
                <li key={w.code + JSON.stringify(w.params)}>{warningText(w)}</li>
              ))}
            </ul>
          </section>
        )}
        <SubmitRow label={a.register} busy={save.busy}>
          <Button disabled={save.busy} onClick={() => void save.run('draft')}>
            {a.saveDraft}
          </Button>
        </SubmitRow>
      </form>
    </AreaFrame>
  );
}
