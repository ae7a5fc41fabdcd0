import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { Button } from '../../components/Button.tsx';
import { EditGrid } from '../../components/EditGrid.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert, Status } from '../../components/FormAlert.tsx';
import { MoveButtons, moveItem } from '../../components/ListEditing.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { recordTexts } from './texts.ts';

interface LayoutAnswer {
  kind: string;
  title: string;
  stamps: string[];
  columns: { key: string; heading: string }[];
  available: { key: string; label: string }[];
}

interface Row {
  key: string;
  label: string;
  on: boolean;
  heading: string;
}

/** The chosen columns in their order, then the others (not printed). */
function rowsOf(l: LayoutAnswer): Row[] {
  const label = new Map(l.available.map((a) => [a.key, a.label]));
  const chosen = l.columns.map((c) => ({
    key: c.key,
    label: label.get(c.key) ?? c.key,
    on: true,
    heading: c.heading === label.get(c.key) ? '' : c.heading,
  }));
  const rest = l.available
    .filter((a) => !l.columns.some((c) => c.key === a.key))
    .map((a) => ({ key: a.key, label: a.label, on: false, heading: '' }));
  return [...chosen, ...rest];
}

/** A body's own layout of one 記録簿: which columns, in which order, under which headings. */
export default function RecordLayout({ params }: ScreenProps) {
  const x = useT(recordTexts);
  const path = `/api/requests/records/layouts/${encodeURIComponent(params.kind)}`;
  const q = useData<LayoutAnswer>(path);
  const [saved, setSaved] = useState(false);
  return (
    <>
      <PageHeading lead={x.lead}>{x.title}</PageHeading>
      <p>
        <Link href="/requests/records">{x.back}</Link>
      </p>
      <Status message={saved ? x.saved : null} />
      <Loaded query={q}>
        {(l) => <LayoutForm key={q.dataUpdatedAt} path={path} layout={l} onSaved={setSaved} />}
      </Loaded>
    </>
  );
}

function LayoutForm({
  path,
  layout,
  onSaved,
}: {
  path: string;
  layout: LayoutAnswer;
  onSaved(saved: boolean): void;
}) {
  const x = useT(recordTexts);
  const [title, setTitle] = useState(layout.title);
  const [stamps, setStamps] = useState(layout.stamps.join('、'));
  const [rows, setRows] = useState(() => rowsOf(layout));
  const after = { invalidate: [path], onDone: () => onSaved(true) };
  const save = useMutate(() => api.put(path, bodyOf(title, stamps, rows)), after);
  const reset = useMutate(() => api.delete(path), after);
  const edit = (key: string, patch: Partial<Row>) =>
    setRows((all) => all.map((y) => (y.key === key ? { ...y, ...patch } : y)));
  const busy = save.busy || reset.busy;
  return (
    <>
      <FormAlert error={save.error ?? reset.error} />
      <TextField
        id="layout-title"
        label={x.bookTitle}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextField
        id="layout-stamps"
        label={x.stamps}
        value={stamps}
        onChange={(e) => setStamps(e.target.value)}
      />
      <EditGrid headings={[x.print, x.column, x.heading, x.order]}>
        {rows.map((r, i) => (
          <tr key={r.key}>
            <td>
              <input
                type="checkbox"
                aria-label={`${x.print}: ${r.label}`}
                checked={r.on}
                onChange={(e) => edit(r.key, { on: e.target.checked })}
              />
            </td>
            <td>{r.label}</td>
            <td>
              <input
                className="input"
                aria-label={`${x.heading}: ${r.label}`}
                value={r.heading}
                placeholder={r.label}
                onChange={(e) => edit(r.key, { heading: e.target.value })}
              />
            </td>
            <td>
              <MoveButtons
                className="rq-nowrap"
                buttonClass="btn btn--text btn--small"
                index={i}
                count={rows.length}
                onMove={(by) => setRows((all) => moveItem(all, i, by))}
              />
            </td>
          </tr>
        ))}
      </EditGrid>
      <div className="actions">
        <Button
          kind="primary"
          disabled={busy || !rows.some((r) => r.on)}
          onClick={() => {
            onSaved(false);
            void save.run();
          }}
        >
          {x.save}
        </Button>
        <Button kind="plain" disabled={busy} onClick={() => void reset.run()}>
          {x.reset}
        </Button>
      </div>
    </>
  );
}

/** The layout as the server takes it: blank title and headings are the defaults. */
function bodyOf(title: string, stamps: string, rows: Row[]) {
  return {
    title: title.trim() || null,
    stamps: stamps
      .split(/[、,，]/)
      .map((s) => s.trim())
      .filter(Boolean),
    columns: rows
      .filter((r) => r.on)
      .map((r) => ({ key: r.key, ...(r.heading.trim() ? { heading: r.heading.trim() } : {}) })),
  };
}
