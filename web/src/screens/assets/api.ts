/** Types of the asset and classification API used by the screens. */
export interface Level {
  id: string;
  axisId: string;
  label: string;
  rank: number;
  definition: string | null;
  restrictions: string[];
  requiresLockable: boolean;
  requiresOffsite: boolean;
  designators: string[];
}
export interface Axis {
  id: string;
  name: string;
  levels: Level[];
}
export interface Scheme {
  versionId: string;
  name: string;
  axes: Axis[];
}
export interface Asset {
  id: string;
  assetNo: string;
  name: string;
  kind: string;
  ownerUnitId: string;
  status: string;
  draftDeleteOn: string | null;
  restrictions: string[];
  personalInfo: boolean;
  locationId: string | null;
  note: string | null;
  label: string;
  computedLabel: string;
  classes: {
    axisId: string;
    levelId: string;
    label: string | null;
    setByName: string | null;
    setAt: string;
    source: string;
    reason: string | null;
  }[];
}
export interface Location {
  id: string;
  name: string;
  lockable: number;
  offsite: number;
}
