import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { navigate } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import type { Location, Scheme } from './api.ts';
import { useAssetText } from './i18n.ts';

interface Warning {
  code: string;
  params?: Record<string, string>;
}

/** New asset: class required unless saved as a draft; the rules' warnings show before saving. */
export default function AssetForm() {
  const a = useAssetText();
  const { error, busy, run, field } = useAction();
  const [scheme, setScheme] = useState<Scheme | null>(null);
  const [locations, setLocations] = useState<Location[]>([]);
  const [v, setV] = useState({
    assetNo: '',
    name: '',
    kind: 'information',
    ownerUnitId: '',
    locationId: '',
    restrictions: '',
    note: '',
    personalInfo: false,
  });
  const [levels, setLevels] = useState<Record<string, string>>({});
  const [warnings, setWarnings] = useState<Warning[]>([]);
  useEffect(() => {
    void api.get<{ active: Scheme | null }>('/api/classification').then((r) => setScheme(r.active));
    void api.get<Location[]>('/api/asset-locations').then(setLocations);
  }, []);
  const levelIds = Object.values(levels).filter(Boolean);
  useEffect(() => {
    void api
      .post<{ warnings: Warning[] }>('/api/assets/check', {
        levels: Object.values(levels).filter(Boolean),
        locationId: v.locationId || null,
        status: 'registered',
      })
      .then((r) => setWarnings(r.warnings))
      .catch(() => setWarnings([]));
  }, [levels, v.locationId]);
  const save = (status: 'draft' | 'registered') =>
    run(async () => {
      const r = await api.post<{ id: string }>('/api/assets', {
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
      });
      navigate(`/registers/assets/${r.id}`);
    });
  const text = (k: 'assetNo' | 'name' | 'ownerUnitId' | 'restrictions' | 'note', label: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`asset-${k}`}>
        {label}
      </label>
      <input
        id={`asset-${k}`}
        value={v[k]}
        onChange={(e) => setV({ ...v, [k]: e.target.value })}
        aria-invalid={!!field(k)}
      />
      {field(k) && <p className="field__error">{field(k)}</p>}
    </div>
  );
  return (
    <>
      <PageHeading>{a.add}</PageHeading>
      <FormAlert error={error} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save('registered');
        }}
      >
        {text('assetNo', a.assetNo)}
        {text('name', a.name)}
        <div className="field">
          <label className="field__label" htmlFor="asset-kind">
            {a.kind}
          </label>
          <select id="asset-kind" value={v.kind} onChange={(e) => setV({ ...v, kind: e.target.value })}>
            {Object.entries(a.kinds).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        {text('ownerUnitId', a.unit)}
        {scheme?.axes.map((x) => (
          <div className="field" key={x.id}>
            <label className="field__label" htmlFor={`axis-${x.id}`}>
              {x.name}
            </label>
            <select
              id={`axis-${x.id}`}
              value={levels[x.id] ?? ''}
              onChange={(e) => setLevels({ ...levels, [x.id]: e.target.value })}
            >
              <option value="">—</option>
              {x.levels.map((l) => (
                <option key={l.id} value={l.id} title={l.definition ?? ''}>
                  {l.label}
                </option>
              ))}
            </select>
          </div>
        ))}
        {field('levels') && <p className="field__error">{field('levels')}</p>}
        <div className="field">
          <label className="field__label" htmlFor="asset-location">
            {a.location}
          </label>
          <select
            id="asset-location"
            value={v.locationId}
            onChange={(e) => setV({ ...v, locationId: e.target.value })}
          >
            <option value="">—</option>
            {locations.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
          {field('locationId') && <p className="field__error">{field('locationId')}</p>}
        </div>
        {text('restrictions', a.restrictions)}
        <label>
          <input
            type="checkbox"
            checked={v.personalInfo}
            onChange={(e) => setV({ ...v, personalInfo: e.target.checked })}
          />{' '}
          {a.personal}
        </label>
        {text('note', a.note)}
        {warnings.length > 0 && (
          <section className="notice" aria-label={a.warnings}>
            <p className="notice__title">{a.warnings}</p>
            <ul>
              {warnings.map((w) => (
                <li key={w.code + JSON.stringify(w.params)}>
                  {w.code}
                  {w.params ? ` — ${Object.values(w.params).join(' / ')}` : ''}
                </li>
              ))}
            </ul>
          </section>
        )}
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {a.register}
          </button>
          <button type="button" className="btn" disabled={busy} onClick={() => save('draft')}>
            {a.saveDraft}
          </button>
        </div>
      </form>
    </>
  );
}
