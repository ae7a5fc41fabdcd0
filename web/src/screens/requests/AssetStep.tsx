import { useState } from 'react';
import { useData } from '../../api/query.ts';
import { Button } from '../../components/Button.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { QuickForm } from '../../components/QuickForm.tsx';
import { useT } from '../../i18n/index.tsx';
import { type AssetPick, assetsPath } from './api.ts';
import { requestTexts } from './i18n.ts';

export interface ChosenAsset {
  id: string;
  label: string;
  assetClass: string | null;
}

export const picked = (a: AssetPick): ChosenAsset => ({
  id: a.id,
  label: `${a.number} ${a.name}`,
  assetClass: a.classLabel,
});

/**
 * Step 1 of a new request: the assets this person may choose (their unit's, their own, and what they may
 * read in the register), searched by number or name, or a number typed from the label.
 */
export function AssetStep({ onChoose }: { onChoose(a: ChosenAsset): void }) {
  const x = useT(requestTexts);
  const [q, setQ] = useState('');
  const [asked, setAsked] = useState('');
  const [manualNo, setManualNo] = useState('');
  const found = useData<{ items: AssetPick[] }>(assetsPath(asked), { keepPrevious: true });
  return (
    <>
      <QuickForm
        id="rq-asset-q"
        formLabel={x.asset}
        className="rq-row"
        label={x.assetSearch}
        value={q}
        onChange={setQ}
        onSend={setAsked}
        button={x.search}
      />
      <Loaded query={found}>
        {({ items }) => (
          <ul className="rq-assets" aria-label={x.asset}>
            {items.map((a) => (
              <li key={a.id}>
                <span>
                  <strong>{a.number}</strong> {a.name}{' '}
                  {a.classLabel && <span className="tag">{a.classLabel}</span>}
                </span>
                <Button
                  small
                  aria-label={`${x.choose}: ${a.number} ${a.name}`}
                  onClick={() => onChoose(picked(a))}
                >
                  {x.choose}
                </Button>
              </li>
            ))}
            {!items.length && <li>{x.none}</li>}
          </ul>
        )}
      </Loaded>
      <p className="field__hint">{x.noAssetAccess}</p>
      <QuickForm
        id="rq-asset-no"
        className="rq-row"
        type="text"
        label={x.assetNoInput}
        maxLength={40}
        value={manualNo}
        onChange={setManualNo}
        onSend={(no) => {
          if (no.trim()) onChoose({ id: no.trim(), label: no.trim(), assetClass: null });
        }}
        button={x.choose}
      />
    </>
  );
}
