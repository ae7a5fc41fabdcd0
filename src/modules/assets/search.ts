import type { Kysely } from 'kysely';
import { insertBatched } from '../../db/insert-batched.ts';
import type { DB } from '../../db/schema.ts';

/** Normalizes text for search: NFKC (全角英数 → 半角), lower case, spaces removed. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Distinct two-character grams of a text (after normalization). A one-character text gives none. */
export function bigrams(text: string): string[] {
  const s = [...normalizeForSearch(text)];
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s[i] + s[i + 1]);
  return [...out];
}

/** The searchable text of an asset. */
export function searchText(a: { asset_no: string; name: string; note: string | null }): string {
  return [a.asset_no, a.name, a.note ?? ''].join('\n');
}

/** Rows for the search index of one asset (grams across line breaks are not produced). */
export function searchRows(
  organizationId: string,
  assetId: string,
  a: { asset_no: string; name: string; note: string | null },
) {
  const grams = new Set<string>();
  for (const part of searchText(a).split('\n')) for (const g of bigrams(part)) grams.add(g);
  return [...grams].map((gram) => ({ organization_id: organizationId, asset_id: assetId, gram }));
}

/** Replaces the search grams of one asset, inside the caller's transaction. */
export async function reindexAsset(
  trx: Kysely<DB>,
  organizationId: string,
  assetId: string,
  a: { asset_no: string; name: string; note: string | null },
): Promise<void> {
  await trx.deleteFrom('asset_search').where('asset_id', '=', assetId).execute();
  const rows = searchRows(organizationId, assetId, a);
  await insertBatched(trx, 'asset_search', rows, 1000);
}
