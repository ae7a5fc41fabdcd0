/** A correction's change in words, for the list of corrections. */
import { fmt } from '../../../i18n/index.tsx';
import type { Correction } from './api.ts';
import type { CorrectionsDict } from './texts.ts';

/** The words for a modality (must, must_not …). */
export const modalityLabel = (t: CorrectionsDict, m: string): string =>
  (t.modalities as Record<string, string>)[m] ?? m;

const list = (v: unknown) => (Array.isArray(v) ? v.join('、') : String(v));

export function describeChange(c: Pick<Correction, 'kind' | 'change'>, t: CorrectionsDict): string {
  const x = c.change;
  const out: string[] = [];
  const say = (key: keyof CorrectionsDict, v?: unknown) =>
    out.push(fmt(t[key] as string, { v: v === undefined ? '' : list(v) }));
  if (c.kind === 'clause') {
    if (x.parent === null) say('moveTop');
    else if (x.parent) say('moveTo', (x.parent as { path: string }).path);
    if (x.title === null) say('headingOff');
    else if (typeof x.title === 'string') say('headingSet', x.title);
  } else if (c.kind === 'role') {
    if (x.post === null) out.push(t.noPost);
    else if (x.post !== undefined) say('postSet', x.post);
    if (x.tier !== undefined) say('tierSet', x.tier);
    if (x.aliases !== undefined) say('aliasesSet', x.aliases);
  } else if (c.kind === 'actor') {
    if (x.actors) say('actorsSet', x.actors);
    if (typeof x.modality === 'string') out.push(modalityLabel(t, x.modality));
    if (Array.isArray(x.approver))
      out.push(x.approver.length ? fmt(t.approverSet, { v: list(x.approver) }) : t.approverNone);
  } else if (c.kind === 'axis') {
    say('axisSet', x.name);
  } else {
    if (x.remove) say('removeSet');
    if (x.rank !== undefined) say('rankSet', x.rank);
    if (typeof x.definition === 'string') say('defSet', x.definition);
    if (!out.length) say('addSet');
  }
  return out.join('・');
}
