/**
 * Pickers for a unit or a person, filled from the org directory (names only, open to every
 * signed-in user), so forms never ask for a raw ID.
 */
import type { ReactNode } from 'react';
import { queryClient, useData } from '../api/query.ts';
import { useT } from '../i18n/index.tsx';
import { FieldFrame, type Option } from './Field.tsx';
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

/** People as the choices of a select: 表示名（ログインID）. */
export function personOptions(people: { id: string; displayName: string; loginId: string }[]): Option[] {
  return people.map((p) => ({ value: p.id, label: `${p.displayName}（${p.loginId}）` }));
}

const UNITS = '/api/org/directory/units';
const PEOPLE = '/api/org/directory/people';

/** Forget the loaded lists (after units or people change): pickers shown load them again. */
export function resetDirectory(): void {
  void queryClient.invalidateQueries({ queryKey: [UNITS] });
  void queryClient.invalidateQueries({ queryKey: [PEOPLE] });
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

/** The body's active units, flattened and indented (cached with the other queries). */
export function useUnits(): { units: { id: string; label: string; name: string }[]; failed: boolean } {
  const q = useData<{ items: DirectoryUnit[] }>(UNITS);
  return { units: q.data ? flattenUnits(q.data.items) : [], failed: !!q.error };
}

/** The body's active people with their units. */
export function usePeople(): { people: DirectoryPerson[]; failed: boolean } {
  const q = useData<{ items: DirectoryPerson[] }>(PEOPLE);
  return { people: q.data?.items ?? [], failed: !!q.error };
}

interface SelectProps {
  id: string;
  value: string;
  onChange(id: string): void;
  required?: boolean;
  error?: string;
  describedBy?: string;
}

/** The select both pickers draw: a "choose" option, the options, and a note when the list failed to load. */
function DirectorySelect({
  id,
  value,
  onChange,
  required,
  error,
  describedBy,
  failed,
  children,
}: SelectProps & { failed: string | false; children: ReactNode }) {
  const c = useT(kitTexts);
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
        {children}
      </select>
      {failed && <p className="field__hint">{failed}</p>}
    </>
  );
}

/** A select of the body's active units, as a tree (indented). */
export function UnitSelect(props: SelectProps) {
  const c = useT(kitTexts);
  const { units, failed } = useUnits();
  return (
    <DirectorySelect {...props} failed={failed && c.unitsFailed}>
      {units.map((u) => (
        <option key={u.id} value={u.id}>
          {u.label}
        </option>
      ))}
    </DirectorySelect>
  );
}

/** A select of the body's active people, grouped by unit. */
export function PersonSelect(props: SelectProps) {
  const c = useT(kitTexts);
  const { people, failed } = usePeople();
  const groups = new Map<string, DirectoryPerson[]>();
  for (const p of people) {
    const k = p.unitName ?? c.noUnit;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  return (
    <DirectorySelect {...props} failed={failed && c.peopleFailed}>
      {[...groups.entries()].map(([unit, list]) => (
        <optgroup key={unit} label={unit}>
          {list.map((p) => (
            <option key={p.id} value={p.id}>
              {p.displayName}
            </option>
          ))}
        </optgroup>
      ))}
    </DirectorySelect>
  );
}

type FieldProps = SelectProps & { label: string; hint?: ReactNode };

/** A picker with its label, hint and error (the input's id is `id`, for `<FormAlert idPrefix>`). */
function PickerField({ label, hint, pick: Pick, ...props }: FieldProps & { pick: typeof UnitSelect }) {
  return (
    <FieldFrame id={props.id} label={label} hint={hint} error={props.error} required={props.required}>
      <Pick {...props} describedBy={hint ? `${props.id}-hint` : props.describedBy} />
    </FieldFrame>
  );
}

/** `UnitSelect` with its label. */
export const UnitField = (props: FieldProps) => <PickerField {...props} pick={UnitSelect} />;

/** `PersonSelect` with its label. */
export const PersonField = (props: FieldProps) => <PickerField {...props} pick={PersonSelect} />;
