import { useState } from 'react';
import { api } from '../../api/client.ts';
import { useData, useMutate } from '../../api/query.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { TextField } from '../../components/Field.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useT } from '../../i18n/index.tsx';
import type { Scheme } from '../assets/api.ts';
import { CLASSIFICATION, RemapReview } from './RemapReview.tsx';
import { schemeTexts } from './texts.ts';

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

const blank = (): LevelIn => ({
  label: '',
  definition: '',
  restrictions: '',
  requiresLockable: false,
  requiresOffsite: false,
});

/** The axes being edited, starting from the scheme in force. */
const axesOf = (s: Scheme | null): AxisIn[] =>
  s
    ? s.axes.map((a) => ({
        name: a.name,
        levels: a.levels.map((l) => ({
          label: l.label,
          definition: l.definition ?? '',
          restrictions: l.restrictions.join('、'),
          requiresLockable: l.requiresLockable,
          requiresOffsite: l.requiresOffsite,
        })),
      }))
    : [{ name: '', levels: [blank()] }];

/** Scheme editor with the re-map review of a pending version. */
export default function SchemeEditor() {
  const t = useT(schemeTexts);
  const cur = useData<{ active: Scheme | null; pending: Scheme | null }>(CLASSIFICATION);
  return (
    <>
      <PageHeading lead={t.lead}>{t.title}</PageHeading>
      <Loaded query={cur}>
        {({ active, pending }) => (
          <>
            <SchemeForm key={active?.versionId ?? 'none'} active={active} />
            {pending && <RemapReview active={active} pending={pending} />}
          </>
        )}
      </Loaded>
    </>
  );
}

function SchemeForm({ active }: { active: Scheme | null }) {
  const t = useT(schemeTexts);
  const [name, setName] = useState(active?.name ?? '');
  const [axes, setAxes] = useState<AxisIn[]>(() => axesOf(active));
  const save = useMutate(
    () =>
      api.post(`${CLASSIFICATION}/versions`, {
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
      }),
    { invalidate: [CLASSIFICATION] },
  );
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
  const text = (
    i: number,
    j: number,
    k: 'label' | 'definition' | 'restrictions',
    label: string,
    l: LevelIn,
  ) => (
    <label>
      {label} <input value={l[k]} onChange={(e) => upd(i, j, { [k]: e.target.value })} />
    </label>
  );
  const check = (
    i: number,
    j: number,
    k: 'requiresLockable' | 'requiresOffsite',
    label: string,
    l: LevelIn,
  ) => (
    <label>
      <input type="checkbox" checked={l[k]} onChange={(e) => upd(i, j, { [k]: e.target.checked })} /> {label}
    </label>
  );
  return (
    <>
      <FormAlert error={save.error} />
      <TextField id="scheme-name" label={t.name} value={name} onChange={(e) => setName(e.target.value)} />
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
                {text(i, j, 'label', t.level, l)} {text(i, j, 'definition', t.definition, l)}{' '}
                {text(i, j, 'restrictions', t.restrictions, l)}{' '}
                {check(i, j, 'requiresLockable', t.lockable, l)}{' '}
                {check(i, j, 'requiresOffsite', t.offsite, l)}
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
        <ActionButton action={save} label={t.save} />
      </div>
    </>
  );
}
