import { useState } from 'react';
import { useData, useMutate } from '../../api/query.ts';
import { navigate } from '../../app/router.tsx';
import { Button } from '../../components/Button.tsx';
import { Choice } from '../../components/Choice.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SubmitRow } from '../../components/SubmitRow.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { todayJst } from '../../lib/date.ts';
import { AssetStep, type ChosenAsset, picked } from './AssetStep.tsx';
import {
  type AssetPick,
  assetsPath,
  fieldLabel,
  type Needed,
  neededPath,
  type RequestType,
  requestsApi,
  TYPES,
  type TypesAnswer,
  typeName,
} from './api.ts';
import { FieldInput } from './FieldInput.tsx';
import { requestTexts } from './i18n.ts';
import { NeededPanel } from './NeededPanel.tsx';
import { RequestsFrame } from './RequestsFrame.tsx';

/** The types one may file now: those the asset needs, those without a required asset, or those without any asset. */
function candidatesOf(
  types: TypesAnswer,
  asset: ChosenAsset | null,
  needed: Needed | undefined,
  noAsset: boolean,
) {
  const active = types.items.filter((t) => t.active);
  const fields = (t: RequestType) => t.definition.fields;
  if (asset) return needed ? active.filter((t) => needed.types.some((n) => n.id === t.id)) : [];
  if (noAsset) return active.filter((t) => !fields(t).some((f) => f.type === 'asset' && f.required));
  return active.filter((t) => !fields(t).some((f) => f.type === 'asset'));
}

/** File a request: the asset first (so the screen can say what needs permission), then the type, then its form. */
export default function NewRequest() {
  const x = useT(requestTexts);
  const types = useData<TypesAnswer>(TYPES);
  return (
    <RequestsFrame title={x.newRequest} lead={x.newLead}>
      <Loaded query={types}>{(t) => <NewRequestSteps types={t} />}</Loaded>
    </RequestsFrame>
  );
}

function NewRequestSteps({ types }: { types: TypesAnswer }) {
  const x = useT(requestTexts);
  const { lang } = useI18n();
  const [byHand, setAsset] = useState<ChosenAsset | null>(null);
  // The only asset one may choose is chosen from the start (nothing to choose); after 「選び直す」 the
  // choice is the person's. The list is the one the asset step shows before any search.
  const [offerOnly, setOfferOnly] = useState(true);
  const choosable = useData<{ items: AssetPick[] }>(offerOnly ? assetsPath('') : null);
  const onlyOne = offerOnly && choosable.data?.items.length === 1 ? picked(choosable.data.items[0]) : null;
  const asset = byHand ?? onlyOne;
  const [noAsset, setNoAsset] = useState(false);
  const [chosenType, setTypeId] = useState('');
  const [values, setValues] = useState<Record<string, string | string[]>>({});
  const needed = useData<Needed>(asset ? neededPath(asset.id, asset.assetClass) : null).data;
  const candidates = candidatesOf(types, asset, needed, noAsset);
  // With an asset chosen, the first type that needs approval is offered first.
  const typeId =
    chosenType ||
    (asset ? ((needed?.types.find((t) => t.approvalRequired) ?? needed?.types[0])?.id ?? '') : '');
  const type = types.items.find((t) => t.id === typeId) ?? null;
  const submit = useMutate(
    (t: RequestType) => {
      const v: Record<string, string | string[]> = { ...values };
      for (const f of t.definition.fields) if (v[f.key] === undefined && f.initial) v[f.key] = todayJst();
      for (const f of t.definition.fields) if (f.type === 'asset') v[f.key] = asset?.id ?? '';
      for (const k of Object.keys(v)) if (!t.definition.fields.some((f) => f.key === k)) delete v[k];
      return requestsApi.submit({ typeId: t.id, assetClass: asset?.assetClass ?? null, values: v });
    },
    { invalidate: ['/api/requests'], onDone: (r) => navigate(`/requests/${r.id}`, { flash: 'submitted' }) },
  );
  const labels: Record<string, string> = {};
  for (const f of type?.definition.fields ?? []) labels[`values.${f.key}`] = fieldLabel(f, lang);
  const choose = (c: ChosenAsset) => {
    setAsset(c);
    setNoAsset(false);
    setTypeId('');
  };

  return (
    <>
      <section aria-labelledby="rq-s1">
        <h2 id="rq-s1">{x.step1}</h2>
        {asset ? (
          <p>
            <span className="tag tag--ok">{x.chosen}</span>{' '}
            <strong data-testid="chosen-asset">{asset.label}</strong>
            {asset.assetClass && <> （{asset.assetClass}）</>}{' '}
            {!byHand && <span className="muted">{x.onlyAsset}</span>}{' '}
            <Button
              kind="text"
              onClick={() => {
                setAsset(null);
                setOfferOnly(false);
              }}
            >
              {x.change}
            </Button>
          </p>
        ) : offerOnly && choosable.isPending ? (
          <Loading />
        ) : (
          <>
            <AssetStep onChoose={choose} />
            <div className="checkbox">
              <input
                id="rq-noasset"
                type="checkbox"
                checked={noAsset}
                onChange={(e) => setNoAsset(e.target.checked)}
              />
              <label htmlFor="rq-noasset">{x.noAsset}</label>
            </div>
          </>
        )}
      </section>

      {asset && needed && <NeededPanel needed={needed} fns={types.functions} />}

      {(asset || noAsset) && (
        <section aria-labelledby="rq-s2">
          <h2 id="rq-s2">{x.step2}</h2>
          {candidates.length ? (
            <Choice
              name="rq-type"
              legend={x.type}
              value={typeId}
              onChange={setTypeId}
              options={candidates.map((t) => ({
                value: t.id,
                label: typeName(t, lang),
              }))}
            />
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
            void submit.run(type);
          }}
        >
          <h2>{x.step3}</h2>
          <FormAlert error={submit.error} idPrefix="rq" labels={labels} />
          {type.definition.fields
            .filter((f) => f.type !== 'asset')
            .map((f) => (
              <FieldInput
                key={f.key}
                field={f}
                value={values[f.key] ?? (f.initial ? todayJst() : undefined)}
                error={submit.field(`values.${f.key}`)}
                onChange={(v) => setValues((cur) => ({ ...cur, [f.key]: v }))}
              />
            ))}
          <SubmitRow label={x.submit} busy={submit.busy} />
        </form>
      )}
    </>
  );
}
