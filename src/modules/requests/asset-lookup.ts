import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { AuthContext } from '../../http/auth-context.ts';

export interface AssetInfo {
  id: string;
  /** The register's asset number (資産番号). */
  number?: string;
  name: string;
  /** The asset's class label in the organization's own scheme (e.g. 重要性II, 機密性3A). */
  classLabel: string | null;
  /** The unit that owns it (who may read it depends on it). */
  ownerUnitId?: string | null;
}

export type AssetLookup = (
  db: Kysely<DB>,
  organizationId: string,
  assetId: string,
) => Promise<AssetInfo | null>;

/** An asset's number and name only (what a register entry prints): one statement, no class. */
export type AssetNameLookup = (
  db: Kysely<DB>,
  organizationId: string,
  assetId: string,
) => Promise<{ number: string; name: string } | null>;

/** Whether a person may read an asset of this owning unit in the register. */
export type AssetReadable = (auth: AuthContext, asset: { ownerUnitId: string | null }) => boolean;

/** Assets a person may choose when filing (their unit's, their own, and what they may read). */
export type FileablePicker = (
  db: Kysely<DB>,
  auth: AuthContext,
  q: string | undefined,
) => Promise<{ id: string; number: string; name: string; classLabel: string | null }[]>;

let lookup: AssetLookup | null = null;
let readable: AssetReadable | null = null;
let picker: FileablePicker | null = null;
let naming: AssetNameLookup | null = null;

/**
 * Lets the module that keeps the asset register (its manifest's `lookups.asset`, wired by the registry)
 * answer "which asset is this, and of what class?" and "may this person read it?". Until then,
 * requests keep the class the requester states as their snapshot.
 */
export function setAssetLookup(
  fn: AssetLookup | null,
  mayRead: AssetReadable | null = null,
  fileable: FileablePicker | null = null,
  name: AssetNameLookup | null = null,
): void {
  lookup = fn;
  naming = name;
  readable = mayRead;
  picker = fileable;
}

/** The assets the caller may choose when filing (empty when no assets module is wired in). */
export async function fileableAssets(db: Kysely<DB>, auth: AuthContext, q?: string) {
  return picker ? picker(db, auth, q) : [];
}

/** Whether the caller may read this asset in the register (true when no assets module says otherwise). */
export function assetReadableBy(auth: AuthContext, asset: AssetInfo): boolean {
  return readable ? readable(auth, { ownerUnitId: asset.ownerUnitId ?? null }) : true;
}

/** The asset of the caller's organization, or null when unknown (or no assets module yet). */
export async function findAsset(
  db: Kysely<DB>,
  organizationId: string,
  assetId: string,
): Promise<AssetInfo | null> {
  return lookup ? lookup(db, organizationId, assetId) : null;
}

/** How an asset reads in a register entry: its number and name, or the value as entered. */
export async function assetDisplay(db: Kysely<DB>, organizationId: string, value: string): Promise<string> {
  const a = naming
    ? await naming(db, organizationId, value)
    : lookup
      ? await lookup(db, organizationId, value)
      : null;
  return a ? [a.number, a.name].filter(Boolean).join(' ') : value;
}

/** True when the assets module is wired in (then the class comes from the register, not the form). */
export function hasAssetRegister(): boolean {
  return lookup !== null;
}
