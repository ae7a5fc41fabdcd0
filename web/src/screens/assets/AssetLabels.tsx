import { useData } from '../../api/query.ts';
import { useSearch } from '../../app/router.tsx';
import { Button } from '../../components/Button.tsx';
import { LoadFailed } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/index.tsx';
import { assetTexts } from './i18n.ts';

interface Label {
  id: string;
  assetNo: string;
  name: string;
  label: string;
  fileNamePrefix: string;
  restrictions: string[];
}

/** Printable label sheet: the class as it goes on media, document corners and file names (R-B4). */
export default function AssetLabels() {
  const a = useT(assetTexts);
  const search = useSearch();
  const ids = new URLSearchParams(search).get('ids');
  const q = useData<Label[]>(ids ? `/api/assets/labels?ids=${encodeURIComponent(ids)}` : null);
  const labels = q.data ?? [];
  return (
    <>
      <PageHeading>{a.labels}</PageHeading>
      {q.error && <LoadFailed error={q.error} onRetry={() => void q.refetch()} />}
      <Button kind="plain" onClick={() => window.print()}>
        {a.print}
      </Button>
      <ul
        className="label-sheet"
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
          gap: '0.5rem',
          listStyle: 'none',
          padding: 0,
        }}
      >
        {labels.map((l) => (
          <li key={l.id} style={{ border: '2px solid currentColor', padding: '0.5rem' }}>
            <strong style={{ fontSize: '1.4rem' }}>{l.label}</strong>
            <div>
              {l.assetNo} {l.name}
            </div>
            {l.restrictions.length > 0 && <div>{l.restrictions.join('・')}</div>}
            <code>{l.fileNamePrefix}</code>
          </li>
        ))}
      </ul>
    </>
  );
}
