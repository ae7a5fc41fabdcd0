import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { navigate } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { UnitSelect } from '../../components/Pickers.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt, useT } from '../../i18n/index.tsx';
import type { Location, Scheme } from './api.ts';
import { assetTexts } from './i18n.ts';

interface Warning {
  code: string;
  params?: Record<string, string>;
}

/** New asset: class required unless saved as a draft; the rules' warnings show before saving. */
export default function AssetForm() {
  const a = useT(assetTexts);
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
  /** A rule warning in the UI language (the server sends a code and its parameters). */
  const warningText = (w: Warning) => {
    const params = { ...w.params };
    if (params.need) params.need = a.needs[params.need] ?? params.need;
    const text = a.warningTexts[w.code];
    return text ? fmt(text, params) : fmt(a.otherWarning, { code: w.code });
  };
  const text = (
    k: 'assetNo' | 'name' | 'restrictions' | 'note',
    label: string,
    opts: { required?: boolean } = {},
  ) => (
    <div className={`field${field(k) ? ' field--error' : ''}`}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={`asset-${k}`}>
          {label}
        </label>
        {opts.required && (
          <span className="field__required" aria-hidden="true">
            {a.required}
          </span>
        )}
      </div>
      {field(k) && (
        <p id={`asset-${k}-error`} className="field__error">
          {field(k)}
        </p>
      )}
      <input
        id={`asset-${k}`}
        className="input"
        value={v[k]}
        required={opts.required}
        onChange={(e) => setV({ ...v, [k]: e.target.value })}
        aria-invalid={field(k) ? true : undefined}
        aria-describedby={field(k) ? `asset-${k}-error` : undefined}
      />
    </div>
  );
  return (
    <>
      <PageHeading>{a.add}</PageHeading>
      <FormAlert error={error} />
      <form
        className="form form--narrow"
        onSubmit={(e) => {
          e.preventDefault();
          void save('registered');
        }}
      >
        {text('assetNo', a.assetNo, { required: true })}
        {text('name', a.name, { required: true })}
        <div className="field">
          <label className="field__label" htmlFor="asset-kind">
            {a.kind}
          </label>
          <select
            id="asset-kind"
            className="input"
            value={v.kind}
            onChange={(e) => setV({ ...v, kind: e.target.value })}
          >
            {Object.entries(a.kinds).map(([k, l]) => (
              <option key={k} value={k}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${field('ownerUnitId') ? ' field--error' : ''}`}>
          <div className="field__label-row">
            <label className="field__label" htmlFor="asset-ownerUnitId">
              {a.unit}
            </label>
            <span className="field__required" aria-hidden="true">
              {a.required}
            </span>
          </div>
          <p id="asset-ownerUnitId-hint" className="field__hint">
            {a.unitHint}
          </p>
          {field('ownerUnitId') && (
            <p id="asset-ownerUnitId-error" className="field__error">
              {field('ownerUnitId')}
            </p>
          )}
          <UnitSelect
            id="asset-ownerUnitId"
            value={v.ownerUnitId}
            required
            error={field('ownerUnitId')}
            describedBy="asset-ownerUnitId-hint"
            onChange={(id) => setV({ ...v, ownerUnitId: id })}
          />
        </div>
        {scheme?.axes.map((x) => (
          <div className="field" key={x.id}>
            <label className="field__label" htmlFor={`axis-${x.id}`}>
              {x.name}
            </label>
            <select
              id={`axis-${x.id}`}
              className="input"
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
            className="input"
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
        <div className="checkbox field">
          <input
            type="checkbox"
            id="asset-personalInfo"
            checked={v.personalInfo}
            onChange={(e) => setV({ ...v, personalInfo: e.target.checked })}
          />
          <label htmlFor="asset-personalInfo">{a.personal}</label>
        </div>
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
        <div className="actions">
          <button type="submit" className="btn btn--primary" disabled={busy}>
            {a.register}
          </button>
          <button type="button" className="btn btn--secondary" disabled={busy} onClick={() => save('draft')}>
            {a.saveDraft}
          </button>
        </div>
      </form>
    </>
  );
}
