/**
 * Pure classification rules (no database): ordering by the organization's own scheme,
 * lowering, storage checks and label text. Shared by the server, the CLI and the UI.
 */
import { type Lang, t } from '../../i18n/index.ts';
import { SYMBOL_LEVEL } from './policy-patterns.ts';

export interface LevelDef {
  id: string;
  axisId: string;
  label: string;
  /** 1 = highest. */
  rank: number;
  definition: string | null;
  restrictions: string[];
  requiresLockable: boolean;
  requiresOffsite: boolean;
  designators: string[];
}

export interface AxisDef {
  id: string;
  name: string;
  levels: LevelDef[];
}

export interface Scheme {
  versionId: string;
  name: string;
  axes: AxisDef[];
}

export interface StorageLocation {
  name: string;
  lockable: boolean;
  offsite: boolean;
}

/** Finds a level of the scheme by id. */
export function levelById(scheme: Scheme, levelId: string): LevelDef | undefined {
  for (const a of scheme.axes) for (const l of a.levels) if (l.id === levelId) return l;
  return undefined;
}

/** The highest level per axis among the given level ids, by the scheme's own rank order (R-B7). */
export function highestOf(levelIds: Iterable<string>, scheme: Scheme): Map<string, LevelDef> {
  const out = new Map<string, LevelDef>();
  for (const id of levelIds) {
    const l = levelById(scheme, id);
    if (!l) continue;
    const cur = out.get(l.axisId);
    if (!cur || l.rank < cur.rank) out.set(l.axisId, l);
  }
  return out;
}

/** True when moving from `from` to `to` lowers the class (a larger rank number is lower). */
export function isLowering(from: LevelDef, to: LevelDef): boolean {
  return from.axisId === to.axisId && to.rank > from.rank;
}

/** Whether the change may happen: raising or keeping always; lowering only with a recorded reason (R-B3). */
export function canLower(from: LevelDef, to: LevelDef, decision?: { reason?: string | null }): boolean {
  if (!isLowering(from, to)) return true;
  return !!decision?.reason?.trim();
}

export type StorageProblem = { level: LevelDef; need: 'lockable' | 'offsite' };

/** Storage requirements of the levels the location does not meet (R-B8); empty when it is fine. */
export function validateStorage(levels: Iterable<LevelDef>, location: StorageLocation): StorageProblem[] {
  const out: StorageProblem[] = [];
  for (const level of levels) {
    if (level.requiresLockable && !location.lockable) out.push({ level, need: 'lockable' });
    if (level.requiresOffsite && !location.offsite) out.push({ level, need: 'offsite' });
  }
  return out;
}

/** Default handling restrictions of the given levels, de-duplicated in scheme order (R-B2). */
export function defaultRestrictions(levels: Iterable<LevelDef>): string[] {
  const out: string[] = [];
  for (const l of levels) for (const r of l.restrictions) if (!out.includes(r)) out.push(r);
  return out;
}

/**
 * One level as assets carry it and as the policy names it: the axis name and the level where the level is
 * a symbol (`重要性II`, `機密性3`); a level named in words stands alone (`秘`, `取扱注意`, `機密情報`), and a
 * level typed with its axis name already (`重要性II` on the axis 重要性) is not prefixed twice.
 */
export function levelName(axisName: string, label: string): string {
  if (label.startsWith(axisName)) return label;
  return SYMBOL_LEVEL.test(label.normalize('NFKC')) ? `${axisName}${label}` : label;
}

/**
 * The class as shown on file names, headers, stickers and document corners (R-B4):
 * `重要性II` for one axis, `機密性3・完全性2・可用性2` for several, axes in the scheme's order.
 * Axes without a level are left out; an empty class gives `未分類` (`classification.unclassified`, in the
 * body's documents' language unless told).
 */
export function labelText(
  assetClass: Map<string, LevelDef> | LevelDef[],
  scheme: Scheme,
  lang: Lang = 'ja',
): string {
  const byAxis = assetClass instanceof Map ? assetClass : new Map(assetClass.map((l) => [l.axisId, l]));
  const parts = scheme.axes
    .filter((a) => byAxis.has(a.id))
    .map((a) => levelName(a.name, byAxis.get(a.id)?.label ?? ''));
  return parts.length ? parts.join('・') : t(lang, 'classification.unclassified');
}

/** The label made safe for a file name prefix: `【重要性II】`. */
export function fileNamePrefix(assetClass: Map<string, LevelDef> | LevelDef[], scheme: Scheme): string {
  return `【${labelText(assetClass, scheme).replace(/[\\/:*?"<>|]/g, '_')}】`;
}
