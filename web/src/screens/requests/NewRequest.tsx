import { useEffect, useMemo, useState } from 'react';
import { api, query } from '../../api/client.ts';
import { navigate } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { AssetPick, Needed, RequestType, TypesAnswer } from './api.ts';
import { fnLabel, typeName } from './api.ts';
import { FieldInput } from './FieldInput.tsx';
import { useRequestText } from './i18n.ts';
import { RequestsNav } from './RequestsNav.tsx';

interface Chosen {
  id: string;
  label: string;
  assetClass: string | null;
}

/** File a request: the asset first (so the screen can say what needs permission), then the type, then its form. */
export default function NewRequest() {
  const x = useRequestText();
  const { lang } = useI18n();
  const [types, setTypes] = useState<TypesAnswer | null>(null);
  const [q, setQ] = useState('');
  const [found, setFound] = useState<AssetPick[] | null>(null);
  const [manualNo, setManualNo] = useState('');
  const [asset, setAsset] = useState<Chosen | null>(null);
  const [noAsset, setNoAsset] = useState(false);
  const [needed, setNeeded] = useState<Needed | null>(null);
  const [typeId, setTypeId] = useState('');
  const [values, setValues] = useState<Record<string, string | string[]>>({});
  const { error, busy, run, field } = useAction();

  useEffect(() => {
    void api.get<TypesAnswer>('/api/requests/types').then(setTypes);
  }, []);

  // The assets this person may choose: their unit's, their own, and what they may read in the register.
  const searchAssets = (text: string) =>
    run(async () => {
      const r = await api.get<{ items: AssetPick[] }>(
        `/api/requests/assets${query({ q: text.trim() || undefined })}`,
      );
      setFound(r.items);
    });

  // biome-ignore lint/correctness/useExhaustiveDependencies: load the first page once
  useEffect(() => {
    void searchAssets('');
  }, []);

  useEffect(() => {
    if (!asset) {
      setNeeded(null);
      return;
    }
    void api
      .get<Needed>(
        `/api/requests/needed${query({ assetId: asset.id, assetClass: asset.assetClass ?? undefined })}`,
      )
      .then((n) => {
        setNeeded(n);
        const first = n.types.find((t) => t.approvalRequired) ?? n.types[0];
        if (first) setTypeId(first.id);
      });
  }, [asset]);

  const candidates: RequestType[] = useMemo(() => {
    if (!types) return [];
    const assetTypes = (t: RequestType) => t.definition.fields.some((f) => f.type === 'asset');
    if (asset && needed)
      return types.items.filter((t) => t.active && needed.types.some((n) => n.id === t.id));
    if (noAsset)
      return types.items.filter(
        (t) => t.active && !t.definition.fields.some((f) => f.type === 'asset' && f.required),
      );
    return types.items.filter((t) => t.active && !assetTypes(t));
  }, [types, asset, needed, noAsset]);
  const type = types?.items.find((t) => t.id === typeId) ?? null;

  if (!types) return <Loading />;

  const choose = (c: Chosen) => {
    setAsset(c);
    setNoAsset(false);
    setTypeId('');
  };
  const labels: Record<string, string> = {};
  for (const f of type?.definition.fields ?? [])
    labels[`values.${f.key}`] = lang === 'en' && f.label.en ? f.label.en : f.label.ja;

  const submit = () =>
    run(async () => {
      if (!type) return;
      const v: Record<string, string | string[]> = { ...values };
      for (const f of type.definition.fields) if (f.type === 'asset') v[f.key] = asset?.id ?? '';
      for (const k of Object.keys(v)) if (!type.definition.fields.some((f) => f.key === k)) delete v[k];
      const r = await api.post<{ id: string }>('/api/requests', {
        typeId: type.id,
        assetClass: asset?.assetClass ?? null,
        values: v,
      });
      navigate(`/requests/${r.id}`, { flash: 'submitted' });
    });

  return (
    <>
      <PageHeading lead={x.newLead}>{x.newRequest}</PageHeading>
      <RequestsNav />
      <section aria-labelledby="rq-s1">
        <h2 id="rq-s1">{x.step1}</h2>
        {asset ? (
          <p>
            <span className="tag tag--ok">{x.chosen}</span>{' '}
            <strong data-testid="chosen-asset">{asset.label}</strong>
            {asset.assetClass && <> （{asset.assetClass}）</>}{' '}
            <button type="button" className="btn btn--text" onClick={() => setAsset(null)}>
              {x.change}
            </button>
          </p>
        ) : (
          <>
            <form
              aria-label={x.asset}
              className="rq-row"
              onSubmit={(e) => {
                e.preventDefault();
                void searchAssets(q);
              }}
            >
              <label htmlFor="rq-asset-q" className="field__label">
                {x.assetSearch}
                <input
                  id="rq-asset-q"
                  className="input"
                  type="search"
                  value={q}
                  onChange={(e) => setQ(e.target.value)}
                />
              </label>
              <button type="submit" className="btn btn--secondary">
                {x.search}
              </button>
            </form>
            {found && (
              <ul className="rq-assets" aria-label={x.asset}>
                {found.map((a) => (
                  <li key={a.id}>
                    <span>
                      <strong>{a.number}</strong> {a.name}{' '}
                      {a.classLabel && <span className="tag">{a.classLabel}</span>}
                    </span>
                    <button
                      type="button"
                      className="btn btn--secondary btn--small"
                      aria-label={`${x.choose}: ${a.number} ${a.name}`}
                      onClick={() =>
                        choose({ id: a.id, label: `${a.number} ${a.name}`, assetClass: a.classLabel })
                      }
                    >
                      {x.choose}
                    </button>
                  </li>
                ))}
                {!found.length && <li>{x.none}</li>}
              </ul>
            )}
            <form
              className="rq-row"
              onSubmit={(e) => {
                e.preventDefault();
                if (manualNo.trim())
                  choose({ id: manualNo.trim(), label: manualNo.trim(), assetClass: null });
              }}
            >
              <p className="field__hint">{x.noAssetAccess}</p>
              <label>
                {x.assetNoInput}
                <input
                  className="input"
                  value={manualNo}
                  maxLength={40}
                  onChange={(e) => setManualNo(e.target.value)}
                />
              </label>
              <button type="submit" className="btn btn--secondary">
                {x.choose}
              </button>
            </form>
          </>
        )}
        {!asset && (
          <div className="checkbox">
            <input
              id="rq-noasset"
              type="checkbox"
              checked={noAsset}
              onChange={(e) => setNoAsset(e.target.checked)}
            />
            <label htmlFor="rq-noasset">{x.noAsset}</label>
          </div>
        )}
      </section>

      {asset && needed && (
        <section aria-labelledby="rq-needed" className="notice">
          <h2 id="rq-needed">{x.neededTitle}</h2>
          <ul>
            {needed.types.map((n) => (
              <li key={n.id}>
                <strong>{lang === 'en' && n.nameEn ? n.nameEn : n.name}</strong>：
                {n.approvalRequired ? x.needsApproval : x.noApproval}
                {n.approvalRequired && (
                  <>
                    （{x.approvers}: {n.approvers.map((k) => fnLabel(types.functions, k, lang)).join(' → ')}）
                  </>
                )}
                {n.clausePath && <span className="rq-meta">{`${x.clause}: ${n.clausePath}`}</span>}
              </li>
            ))}
            {!needed.types.length && <li>{x.none}</li>}
          </ul>
        </section>
      )}

      {(asset || noAsset) && (
        <section aria-labelledby="rq-s2">
          <h2 id="rq-s2">{x.step2}</h2>
          {candidates.length ? (
            <fieldset className="choice">
              <legend className="visually-hidden">{x.type}</legend>
              {candidates.map((t) => (
                <div key={t.id} className={`choice__item${typeId === t.id ? ' choice__item--on' : ''}`}>
                  <input
                    type="radio"
                    id={`rq-type-${t.id}`}
                    name="rq-type"
                    checked={typeId === t.id}
                    onChange={() => setTypeId(t.id)}
                  />
                  <label htmlFor={`rq-type-${t.id}`}>
                    <span className="choice__label">{typeName(t, lang)}</span>
                    {t.clausePath && <span className="choice__hint">{`${x.clause}: ${t.clausePath}`}</span>}
                  </label>
                </div>
              ))}
            </fieldset>
          ) : (
            <p>{x.none}</p>
          )}
        </section>
      )}

      {type && (asset || noAsset) && (
        <form
          className="form rq-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <h2>{x.step3}</h2>
          <FormAlert error={error} idPrefix="rq" labels={labels} />
          {type.definition.fields
            .filter((f) => f.type !== 'asset')
            .map((f) => (
              <FieldInput
                key={f.key}
                field={f}
                value={values[f.key]}
                error={field(`values.${f.key}`)}
                onChange={(v) => setValues((cur) => ({ ...cur, [f.key]: v }))}
              />
            ))}
          <div className="actions">
            <button type="submit" className="btn btn--primary" disabled={busy}>
              {x.submit}
            </button>
          </div>
        </form>
      )}
      {!type && <FormAlert error={error} />}
    </>
  );
}
