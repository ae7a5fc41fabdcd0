import { useEffect, useState } from 'react';
import { api } from '../../api/client.ts';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { useI18n } from '../../i18n/index.tsx';
import { levelText } from '../../lib/levels.ts';
import type { Scheme } from '../assets/api.ts';

interface LevelIn {
  label: string;
  definition: string;
  restrictions: string;
  requiresLockable: boolean;
  requiresOffsite: boolean;
}
interface AxisIn {
  name: string;
  levels: LevelIn[];
}
interface Remap {
  id: string;
  asset_no: string;
  name: string;
  old_level_id: string;
  proposed_level_id: string | null;
  confirmed_level_id: string | null;
}

const T = {
  ja: {
    title: '情報資産の分類体系',
    lead: '軸と区分（上ほど高い）、定義、取扱制限、保管要件を入力します。新しい版は資産ごとの読替え確認を経て有効になります。',
    axis: '分類軸',
    level: '区分',
    definition: '定義',
    restrictions: '取扱制限（、区切り）',
    lockable: '施錠保管',
    offsite: '遠隔地保管',
    addAxis: '軸を追加',
    addLevel: '区分を追加',
    save: '新しい版として保存',
    name: '体系の名称',
    active: '現在の体系',
    remap: '読替えの確認',
    confirm: '確認',
    activate: '有効にする',
  },
  en: {
    title: 'Classification scheme',
    lead: 'Axes and levels (highest first), definitions, handling restrictions and storage rules. A new version takes effect only after each asset’s re-map is confirmed.',
    axis: 'Axis',
    level: 'Level',
    definition: 'Definition',
    restrictions: 'Restrictions (comma-separated)',
    lockable: 'Lockable storage',
    offsite: 'Off-site',
    addAxis: 'Add axis',
    addLevel: 'Add level',
    save: 'Save as new version',
    name: 'Scheme name',
    active: 'Current scheme',
    remap: 'Re-map review',
    confirm: 'Confirm',
    activate: 'Activate',
  },
};
const blank = (): LevelIn => ({
  label: '',
  definition: '',
  restrictions: '',
  requiresLockable: false,
  requiresOffsite: false,
});

/** Scheme editor with the re-map review of a pending version. */
export default function SchemeEditor() {
  const { lang } = useI18n();
  const t = T[lang];
  const { error, busy, run } = useAction();
  const [cur, setCur] = useState<{ active: Scheme | null; pending: Scheme | null } | null>(null);
  const [name, setName] = useState('');
  const [axes, setAxes] = useState<AxisIn[]>([{ name: '', levels: [blank()] }]);
  const [remaps, setRemaps] = useState<Remap[]>([]);
  const reload = () =>
    run(async () => {
      const r = await api.get<{ active: Scheme | null; pending: Scheme | null }>('/api/classification');
      setCur(r);
      if (r.active && !name) {
        setName(r.active.name);
        setAxes(
          r.active.axes.map((a) => ({
            name: a.name,
            levels: a.levels.map((l) => ({
              label: l.label,
              definition: l.definition ?? '',
              restrictions: l.restrictions.join('、'),
              requiresLockable: l.requiresLockable,
              requiresOffsite: l.requiresOffsite,
            })),
          })),
        );
      }
      if (r.pending)
        setRemaps(
          (await api.get<{ items: Remap[] }>(`/api/classification/versions/${r.pending.versionId}/remaps`))
            .items,
        );
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once on open; reload is re-created each render
  useEffect(() => {
    void reload();
  }, []);
  const upd = (i: number, j: number | null, patch: Partial<LevelIn> & { name?: string }) =>
    setAxes((xs) =>
      xs.map((a, k) =>
        k !== i
          ? a
          : j === null
            ? { ...a, name: patch.name ?? a.name }
            : { ...a, levels: a.levels.map((l, m) => (m === j ? { ...l, ...patch } : l)) },
      ),
    );
  const save = () =>
    run(async () => {
      await api.post('/api/classification/versions', {
        name,
        axes: axes.map((a) => ({
          name: a.name,
          levels: a.levels.map((l) => ({
            ...l,
            definition: l.definition || null,
            restrictions: l.restrictions
              .split(/[、,]/)
              .map((s) => s.trim())
              .filter(Boolean),
          })),
        })),
      });
      await reload();
    });
  const labelOf = (id: string | null) =>
    [cur?.active, cur?.pending]
      .flatMap((s) => s?.axes.flatMap((a) => a.levels) ?? [])
      .find((l) => l.id === id)?.label ?? '—';
  return (
    <>
      <PageHeading lead={t.lead}>{t.title}</PageHeading>
      <FormAlert error={error} />
      <div className="field">
        <label className="field__label" htmlFor="scheme-name">
          {t.name}
        </label>
        <input id="scheme-name" value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      {axes.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: axes are positional while editing (their order is the scheme's order)
        <fieldset key={i}>
          <legend>
            {t.axis} {i + 1}
          </legend>
          <label>
            {t.axis} <input value={a.name} onChange={(e) => upd(i, null, { name: e.target.value })} />
          </label>
          <ol>
            {a.levels.map((l, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: levels are positional (position = rank)
              <li key={j}>
                <label>
                  {t.level} <input value={l.label} onChange={(e) => upd(i, j, { label: e.target.value })} />
                </label>{' '}
                <label>
                  {t.definition}{' '}
                  <input value={l.definition} onChange={(e) => upd(i, j, { definition: e.target.value })} />
                </label>{' '}
                <label>
                  {t.restrictions}{' '}
                  <input
                    value={l.restrictions}
                    onChange={(e) => upd(i, j, { restrictions: e.target.value })}
                  />
                </label>{' '}
                <label>
                  <input
                    type="checkbox"
                    checked={l.requiresLockable}
                    onChange={(e) => upd(i, j, { requiresLockable: e.target.checked })}
                  />{' '}
                  {t.lockable}
                </label>{' '}
                <label>
                  <input
                    type="checkbox"
                    checked={l.requiresOffsite}
                    onChange={(e) => upd(i, j, { requiresOffsite: e.target.checked })}
                  />{' '}
                  {t.offsite}
                </label>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="btn"
            onClick={() =>
              setAxes((xs) => xs.map((x, k) => (k === i ? { ...x, levels: [...x.levels, blank()] } : x)))
            }
          >
            {t.addLevel}
          </button>
        </fieldset>
      ))}
      <div className="actions">
        <button
          type="button"
          className="btn"
          onClick={() => setAxes((xs) => [...xs, { name: '', levels: [blank()] }])}
        >
          {t.addAxis}
        </button>
        <button type="button" className="btn btn--primary" disabled={busy} onClick={save}>
          {t.save}
        </button>
      </div>
      {cur?.pending && (
        <section aria-labelledby="remap-h">
          <h2 id="remap-h">{t.remap}</h2>
          <table className="table">
            <tbody>
              {remaps.map((r) => (
                <tr key={r.id}>
                  <td>{r.asset_no}</td>
                  <td>{r.name}</td>
                  <td>{labelOf(r.old_level_id)} →</td>
                  <td>
                    <select
                      aria-label={`${r.asset_no} ${t.level}`}
                      defaultValue={r.confirmed_level_id ?? r.proposed_level_id ?? ''}
                      id={`remap-${r.id}`}
                    >
                      <option value="">—</option>
                      {cur.pending?.axes.flatMap((a) =>
                        a.levels.map((l) => (
                          <option key={l.id} value={l.id}>
                            {levelText(a.name, l.label)}
                          </option>
                        )),
                      )}
                    </select>
                  </td>
                  <td>
                    {r.confirmed_level_id ? (
                      '✓'
                    ) : (
                      <button
                        type="button"
                        className="btn"
                        onClick={() =>
                          run(async () => {
                            const v = (document.getElementById(`remap-${r.id}`) as HTMLSelectElement).value;
                            await api.post(`/api/classification/remaps/${r.id}/confirm`, { levelId: v });
                            await reload();
                          })
                        }
                      >
                        {t.confirm}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="btn btn--primary"
            disabled={busy}
            onClick={() =>
              run(async () => {
                await api.post(`/api/classification/versions/${cur.pending?.versionId}/activate`);
                setName('');
                await reload();
              })
            }
          >
            {t.activate}
          </button>
        </section>
      )}
    </>
  );
}
