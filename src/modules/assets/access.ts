import type { AuthContext } from '../../http/auth-context.ts';
import { forbidden } from '../../http/errors.ts';

/** True when the user sees every unit's assets, not only their own unit's. */
export function seesAllUnits(auth: AuthContext): boolean {
  return auth.functions.has('assets.read_all');
}

/** Whether the caller may read an asset in the register: `assets.read`, and its unit or `assets.read_all`. */
export function mayReadAsset(auth: AuthContext, asset: { ownerUnitId: string | null }): boolean {
  if (!auth.functions.has('assets.read')) return false;
  return seesAllUnits(auth) || (!!auth.unitId && asset.ownerUnitId === auth.unitId);
}

/** Staff see their own unit's assets; others need `assets.read_all` (403 naming it). */
export function assertVisible(auth: AuthContext, asset: { owner_unit_id: string }): void {
  if (seesAllUnits(auth)) return;
  if (auth.unitId && asset.owner_unit_id === auth.unitId) return;
  throw forbidden('assets.read_all');
}
