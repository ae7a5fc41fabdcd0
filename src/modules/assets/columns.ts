import { FLAG_NO, FLAG_YES, HEAD, KIND_LABEL, STATUS_LABEL } from './import-patterns.ts';
import type { AssetKind, AssetStatus } from './tables.ts';

/** Reading the register's columns; the words themselves are the ledger's (`import-patterns.ts`). */
export { HEAD, KIND_LABEL, STATUS_LABEL };

/** Reads a kind from its Japanese label or its key. */
export function parseKind(v: string): AssetKind | null {
  const t = v.trim();
  for (const [k, label] of Object.entries(KIND_LABEL)) if (t === label || t === k) return k as AssetKind;
  return null;
}

/** Reads a status from its Japanese label or its key; empty gives null (decided from the class). */
export function parseStatus(v: string): AssetStatus | null | 'bad' {
  const t = v.trim();
  if (!t) return null;
  for (const [k, label] of Object.entries(STATUS_LABEL)) if (t === label || t === k) return k as AssetStatus;
  return 'bad';
}

/** 有/無, ○/×, 1/0, yes/no; empty is no. */
export function parseFlag(v: string): boolean | null {
  const t = v.trim().toLowerCase();
  if (FLAG_YES.includes(t)) return true;
  if (FLAG_NO.includes(t)) return false;
  return null;
}

/** Restriction tags separated by 、 ; or ／. */
export function parseList(v: string): string[] {
  return v
    .split(/[、;；／]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
