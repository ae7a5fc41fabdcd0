import { Button } from '../../../components/Button.tsx';
import { type Column, DataTable } from '../../../components/DataTable.tsx';
import { useT } from '../../../i18n/index.tsx';
import { useFormat } from '../../../lib/format.ts';
import type { Correction } from './api.ts';
import { describeChange } from './describe.ts';
import { correctionsTexts } from './texts.ts';

/** The version's corrections: what, how, who, when, whether it applies to this text; each can be undone. */
export function CorrectionList({
  items,
  busy,
  onUndo,
}: {
  items: Correction[];
  busy: boolean;
  onUndo: (c: Correction) => void;
}) {
  const t = useT(correctionsTexts);
  const f = useFormat();
  const columns: Column<Correction>[] = [
    {
      key: 'target',
      header: t.what,
      value: (c) => `${t.kind[c.kind]} ${c.target}`,
      cell: (c) => (
        <>
          <span className="tag">{t.kind[c.kind]}</span> {c.target}
          {c.clausePath && c.kind !== 'role' && <div className="cell-sub">{c.clausePath}</div>}
        </>
      ),
    },
    {
      key: 'change',
      header: t.change,
      value: (c) => describeChange(c, t),
      // Drawn on every render: the words follow the language switch (row values are cached per row).
      cell: (c) => describeChange(c, t),
      sortable: false,
    },
    {
      key: 'state',
      header: t.state,
      value: (c) => (c.applied ? t.applied : t.unmatched),
      cell: (c) => (
        <>
          <span className={c.applied ? 'tag tag--ok' : 'tag tag--warn'}>
            {c.applied ? t.applied : t.unmatched}
          </span>
          {c.carried && <div className="cell-sub">{t.carried}</div>}
        </>
      ),
    },
    { key: 'by', header: t.by, value: (c) => c.createdBy ?? '—' },
    { key: 'at', header: t.at, value: (c) => c.createdAt, cell: (c) => f.dateTime(c.createdAt) },
    {
      key: 'undo',
      header: t.undo,
      sortable: false,
      value: () => '',
      cell: (c) => (
        <Button kind="text" small disabled={busy} onClick={() => onUndo(c)}>
          {t.undo}
          <span className="visually-hidden">（{c.target}）</span>
        </Button>
      ),
    },
  ];
  const stale = items.filter((c) => !c.applied);
  return (
    <section className="section" aria-labelledby="corr-list">
      <h2 id="corr-list">
        {t.list}（{items.length}）
      </h2>
      {stale.length > 0 && (
        <p className="panel" role="note" data-testid="unmatched-note">
          {t.unmatchedLead}
        </p>
      )}
      <div data-testid="corrections">
        <DataTable rows={items} columns={columns} label={t.list} empty={<p className="empty">{t.none}</p>} />
      </div>
    </section>
  );
}
