import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { AreaFrame } from '../../components/AreaFrame.tsx';
import { LinkButton } from '../../components/Button.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { ScreenProps } from '../../routes.tsx';
import { useRegisterTabs } from '../registers/tabs.ts';
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
  const f = useFormat();
  const tabs = useRegisterTabs();
  const q = useData<Detail>(`/api/assets/${params.id}`);
  if (q.error) return <LoadFailed error={q.error} onRetry={() => void q.refetch()} />;
  const d = q.data;
  if (!d) return <Loading />;
  const x = d.asset;
  return (
    <AreaFrame
      {...tabs}
      title={x.name}
      lead={`${x.assetNo} · ${a.kinds[x.kind as keyof typeof a.kinds] ?? x.kind} · ${a.statuses[x.status as keyof typeof a.statuses] ?? x.status}`}
    >
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
            <dd>{f.date(x.draftDeleteOn)}</dd>
          </>
        )}
      </dl>
      <h2>{a.designation}</h2>
      <ul>
        {x.classes.map((c) => (
          <li key={c.axisId}>
            {c.label} — {c.setByName ?? ''} {f.dateTime(c.setAt)} {c.reason ? `（${c.reason}）` : ''}
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
            {f.dateTime(h.at)} {h.actor ?? ''} {h.event}
          </li>
        ))}
      </ol>
      <LinkButton href={`/registers/assets/labels?ids=${x.id}`}>{a.labels}</LinkButton>
    </AreaFrame>
  );
}
