import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';

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

const TEXT = {
  ja: {
    title: '記録簿の様式',
    lead: '紙の記録簿と同じ列・順序・見出しで出力されるように設定します。CSV・Excel・PDFのすべてに反映されます。',
    bookTitle: '記録簿の題名',
    stamps: '押印欄（「、」で区切る）',
    column: '列',
    print: '出力する',
    heading: '見出し（空欄は既定）',
    order: '順序',
    up: '上へ',
    down: '下へ',
    save: '保存',
    reset: '既定の様式に戻す',
    saved: '保存しました。',
    back: '記録簿に戻る',
  },
  en: {
    title: 'Register layout',
    lead: 'Set the columns, their order and headings to match the paper register. CSV, Excel and PDF all follow it.',
    bookTitle: 'Title of the register',
    stamps: 'Sign-off boxes (separated by 、 or commas)',
    column: 'Column',
    print: 'Print',
    heading: 'Heading (blank: default)',
    order: 'Order',
    up: 'Up',
    down: 'Down',
    save: 'Save',
    reset: 'Back to the default layout',
    saved: 'Saved.',
    back: 'Back to the registers',
  },
};

/** A body's own layout of one 記録簿: which columns, in which order, under which headings. */
export default function RecordLayout({ params }: ScreenProps) {
  const { lang } = useI18n();
  const x = TEXT[lang];
  const kind = params.kind;
  const { error, busy, run } = useAction();
  const [title, setTitle] = useState('');
  const [stamps, setStamps] = useState('');
  const [rows, setRows] = useState<Row[]>([]);
  const [saved, setSaved] = useState(false);
  const load = useCallback(
    () =>
      run(async () => {
        const l = await api.get<LayoutAnswer>(`/api/requests/records/layouts/${encodeURIComponent(kind)}`);
        setTitle(l.title);
        setStamps(l.stamps.join('、'));
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
        setRows([...chosen, ...rest]);
      }),
    [kind, run],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const move = (i: number, d: -1 | 1) =>
    setRows((r) => {
      const next = [...r];
      const j = i + d;
      if (j < 0 || j >= next.length) return r;
      [next[i], next[j]] = [next[j], next[i]];
      return next;
    });
  const save = () =>
    run(async () => {
      setSaved(false);
      await api.put(`/api/requests/records/layouts/${encodeURIComponent(kind)}`, {
        title: title.trim() || null,
        stamps: stamps
          .split(/[、,，]/)
          .map((s) => s.trim())
          .filter(Boolean),
        columns: rows
          .filter((r) => r.on)
          .map((r) => ({ key: r.key, ...(r.heading.trim() ? { heading: r.heading.trim() } : {}) })),
      });
      setSaved(true);
      await load();
    });
  const reset = () =>
    run(async () => {
      await api.delete(`/api/requests/records/layouts/${encodeURIComponent(kind)}`);
      setSaved(true);
      await load();
    });
  return (
    <>
      <PageHeading lead={x.lead}>{x.title}</PageHeading>
      <p>
        <Link href="/requests/records">{x.back}</Link>
      </p>
      <FormAlert error={error} />
      {saved && <p role="status">{x.saved}</p>}
      <div className="field">
        <label className="field__label" htmlFor="layout-title">
          {x.bookTitle}
        </label>
        <input id="layout-title" className="input" value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="layout-stamps">
          {x.stamps}
        </label>
        <input
          id="layout-stamps"
          className="input"
          value={stamps}
          onChange={(e) => setStamps(e.target.value)}
        />
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{x.print}</th>
              <th scope="col">{x.column}</th>
              <th scope="col">{x.heading}</th>
              <th scope="col">{x.order}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.key}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${x.print}: ${r.label}`}
                    checked={r.on}
                    onChange={(e) =>
                      setRows((all) => all.map((y) => (y.key === r.key ? { ...y, on: e.target.checked } : y)))
                    }
                  />
                </td>
                <td>{r.label}</td>
                <td>
                  <input
                    className="input"
                    aria-label={`${x.heading}: ${r.label}`}
                    value={r.heading}
                    placeholder={r.label}
                    onChange={(e) =>
                      setRows((all) =>
                        all.map((y) => (y.key === r.key ? { ...y, heading: e.target.value } : y)),
                      )
                    }
                  />
                </td>
                <td className="rq-nowrap">
                  <button
                    type="button"
                    className="btn btn--text btn--small"
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    {x.up}
                  </button>
                  <button
                    type="button"
                    className="btn btn--text btn--small"
                    disabled={i === rows.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    {x.down}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy || !rows.some((r) => r.on)}
          onClick={() => void save()}
        >
          {x.save}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void reset()}>
          {x.reset}
        </button>
      </div>
    </>
  );
}
