import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useT } from '../../i18n/index.tsx';
import { formatWarekiDateTime } from '../../lib/date.ts';
import type { ScreenProps } from '../../routes.tsx';
import type { Asset } from './api.ts';
import { assetTexts } from './i18n.ts';

interface Detail {
  asset: Asset;
  contents: { id: string; assetNo: string; name: string }[];
  history: { seq: number; at: string; actor: string | null; event: string }[];
}

/** One asset: its class with who designated it, the computed class of its contents, and its history. */
export default function AssetDetail({ params }: ScreenProps) {
  const a = useT(assetTexts);
  const { error, run } = useAction();
  const [d, setD] = useState<Detail | null>(null);
  useEffect(() => {
    void run(async () => setD(await api.get<Detail>(`/api/assets/${params.id}`)));
  }, [params.id, run]);
  if (!d) return <FormAlert error={error} />;
  const x = d.asset;
  return (
    <>
      <PageHeading lead={`${x.assetNo} · ${a.kinds[x.kind]} · ${a.statuses[x.status]}`}>{x.name}</PageHeading>
      <FormAlert error={error} />
      <dl className="facts">
        <dt>{a.cls}</dt>
        <dd>{x.label}</dd>
        <dt>{a.computed}</dt>
        <dd>{x.computedLabel}</dd>
        <dt>{a.restrictions}</dt>
        <dd>{x.restrictions.join('、')}</dd>
        {x.draftDeleteOn && (
          <>
            <dt>{a.statuses.draft}</dt>
            <dd>{formatWarekiDateTime(x.draftDeleteOn).split(' ')[0]}</dd>
          </>
        )}
      </dl>
      <h2>{a.designation}</h2>
      <ul>
        {x.classes.map((c) => (
          <li key={c.axisId}>
            {c.label} — {c.setByName ?? ''} {formatWarekiDateTime(c.setAt)}{' '}
            {c.reason ? `（${c.reason}）` : ''}
          </li>
        ))}
      </ul>
      {d.contents.length > 0 && (
        <>
          <h2>{a.contents}</h2>
          <ul>
            {d.contents.map((c) => (
              <li key={c.id}>
                <Link href={`/registers/assets/${c.id}`}>{c.assetNo}</Link> {c.name}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{a.history}</h2>
      <ol>
        {d.history.map((h) => (
          <li key={h.seq}>
            {formatWarekiDateTime(h.at)} {h.actor ?? ''} {h.event}
          </li>
        ))}
      </ol>
      <Link className="btn" href={`/registers/assets/labels?ids=${x.id}`}>
        {a.labels}
      </Link>
    </>
  );
}
