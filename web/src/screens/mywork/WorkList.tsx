/** The work list, as a table on the screen and as a short list on the home page. */
import './mywork.css';
import { Link } from '../../app/router.tsx';
import { type Column, DataTable } from '../../components/DataTable.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import { useFormat } from '../../lib/format.ts';
import type { WorkItem } from './api.ts';
import { myWorkTexts } from './texts.ts';

const todayJst = () => new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);

/** What the row says under its title: the record it belongs to (a policy's version), how many, the next training session. */
function useDetail() {
  const m = useT(myWorkTexts);
  const f = useFormat();
  return (i: WorkItem) =>
    [
      // A policy version to acknowledge carries its version number.
      i.kind === 'policy' && i.detail ? fmt(m.version, { n: i.detail }) : i.detail,
      i.count !== null ? fmt(m.items, { n: f.number(i.count) }) : null,
      i.kind === 'training' && !i.dueOn ? m.trainingNone : null,
    ]
      .filter(Boolean)
      .join('・');
}

/** The title, as a link to the screen that opens it (a training is shown here, with its next session). */
function Title({ item }: { item: WorkItem }) {
  const detail = useDetail()(item);
  return (
    <>
      {item.link === '/my-work' ? item.title : <Link href={item.link}>{item.title}</Link>}
      {detail && <div className="muted">{detail}</div>}
    </>
  );
}

function Due({ item }: { item: WorkItem }) {
  const m = useT(myWorkTexts);
  const f = useFormat();
  if (!item.dueOn) return <>—</>;
  const late = item.dueOn < todayJst();
  return (
    <>
      {f.date(item.dueOn)}
      {late && <span className="tag tag--warn">{m.overdue}</span>}
    </>
  );
}

/** Every item, in the server's order (soonest due first), sortable by any column. */
export function WorkTable({ items }: { items: WorkItem[] }) {
  const m = useT(myWorkTexts);
  const f = useFormat();
  const columns: Column<WorkItem>[] = [
    { key: 'kind', header: m.col.kind, value: (i) => m.kinds[i.kind] },
    { key: 'title', header: m.col.title, value: (i) => i.title, cell: (i) => <Title item={i} /> },
    { key: 'due', header: m.col.due, value: (i) => i.dueOn ?? '9999', cell: (i) => <Due item={i} /> },
    { key: 'since', header: m.col.since, value: (i) => i.since, cell: (i) => f.date(i.since || null) },
  ];
  return (
    <DataTable
      rows={items}
      columns={columns}
      rowKey={(i) => `${i.kind}:${i.id}`}
      caption={m.caption}
      className="table--stack"
      empty={m.empty}
    />
  );
}

/** The first few items as a list (the home page). */
export function WorkShortList({ items }: { items: WorkItem[] }) {
  const m = useT(myWorkTexts);
  return (
    <ul className="work-list">
      {items.map((i) => (
        <li key={`${i.kind}:${i.id}`}>
          <span className="work-list__kind">{m.kinds[i.kind]}</span> <Title item={i} />{' '}
          {i.dueOn && <Due item={i} />}
        </li>
      ))}
    </ul>
  );
}
