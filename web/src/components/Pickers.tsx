/**
 * Pickers for a unit or a person, filled from the org directory (names only, open to every
 * signed-in user), so forms never ask for a raw ID.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { useT } from '../i18n/index.tsx';
import { kitTexts } from './i18n.ts';

export interface DirectoryUnit {
  id: string;
  name: string;
  kind: string;
  children: DirectoryUnit[];
}
export interface DirectoryPerson {
  id: string;
  displayName: string;
  unitId: string | null;
  unitName: string | null;
}

let unitsOnce: Promise<DirectoryUnit[]> | null = null;
let peopleOnce: Promise<DirectoryPerson[]> | null = null;

/** Loads once per page view; a failure is retried the next time a picker mounts. */
function loadUnits(): Promise<DirectoryUnit[]> {
  unitsOnce ??= api.get<{ items: DirectoryUnit[] }>('/api/org/directory/units').then(
    (r) => r.items,
    (e) => {
      unitsOnce = null;
      throw e;
    },
  );
  return unitsOnce;
}
function loadPeople(): Promise<DirectoryPerson[]> {
  peopleOnce ??= api.get<{ items: DirectoryPerson[] }>('/api/org/directory/people').then(
    (r) => r.items,
    (e) => {
      peopleOnce = null;
      throw e;
    },
  );
  return peopleOnce;
}

/** Forget the cached lists (after units or people change). */
export function resetDirectory(): void {
  unitsOnce = null;
  peopleOnce = null;
}

/** The unit tree flattened for a select, indented by depth with full-width spaces. */
export function flattenUnits(
  tree: DirectoryUnit[],
  depth = 0,
): { id: string; label: string; name: string }[] {
  return tree.flatMap((u) => [
    { id: u.id, name: u.name, label: `${'　'.repeat(depth)}${u.name}` },
    ...flattenUnits(u.children, depth + 1),
  ]);
}

export function useUnits(): { units: { id: string; label: string; name: string }[]; failed: boolean } {
  const [units, setUnits] = useState<{ id: string; label: string; name: string }[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadUnits().then(
      (t) => live && setUnits(flattenUnits(t)),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { units, failed };
}

export function usePeople(): { people: DirectoryPerson[]; failed: boolean } {
  const [people, setPeople] = useState<DirectoryPerson[]>([]);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    loadPeople().then(
      (p) => live && setPeople(p),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { people, failed };
}

interface SelectProps {
  id: string;
  value: string;
  onChange(id: string): void;
  required?: boolean;
  error?: string;
  describedBy?: string;
}

/** A select of the body's active units, as a tree (indented). */
export function UnitSelect({ id, value, onChange, required, error, describedBy }: SelectProps) {
  const c = useT(kitTexts);
  const { units, failed } = useUnits();
  const errId = error ? `${id}-error` : undefined;
  return (
    <>
      <select
        id={id}
        className="input"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, errId].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{c.choose}</option>
        {units.map((u) => (
          <option key={u.id} value={u.id}>
            {u.label}
          </option>
        ))}
      </select>
      {failed && <p className="field__hint">{c.unitsFailed}</p>}
    </>
  );
}

/** A select of the body's active people, grouped by unit. */
export function PersonSelect({ id, value, onChange, required, error, describedBy }: SelectProps) {
  const c = useT(kitTexts);
  const { people, failed } = usePeople();
  const errId = error ? `${id}-error` : undefined;
  const groups = new Map<string, DirectoryPerson[]>();
  for (const p of people) {
    const k = p.unitName ?? c.noUnit;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  return (
    <>
      <select
        id={id}
        className="input"
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={[describedBy, errId].filter(Boolean).join(' ') || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{c.choose}</option>
        {[...groups.entries()].map(([unit, list]) => (
          <optgroup key={unit} label={unit}>
            {list.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {failed && <p className="field__hint">{c.peopleFailed}</p>}
    </>
  );
}
