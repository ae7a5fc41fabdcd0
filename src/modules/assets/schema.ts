import { z } from 'zod';
import { dateInput } from '../../shared/date-input.ts';
import { recordId as id } from '../../shared/record-id.ts';

const text = (max: number) => z.string().trim().max(max);
export const KINDS = ['information', 'paper', 'system', 'device', 'medium'] as const;
const date = dateInput();

/** One designated level: the axis is implied by the level. */
export const classesInput = z.array(id).max(10);

/** Fields of an asset a person types; class, status and computed class come separately. */
const assetFields = {
  assetNo: text(40).min(1),
  name: text(200).min(1),
  kind: z.enum(KINDS),
  ownerUnitId: id,
  ownerUserId: id.nullish(),
  restrictions: z.array(text(60).min(1)).max(30).optional(),
  locationId: id.nullish(),
  backup: text(200).nullish(),
  personalInfo: z.boolean().default(false),
  specificPersonalInfo: z.boolean().default(false),
  retention: text(60).nullish(),
  networkSegment: text(60).nullish(),
  parentId: id.nullish(),
  note: text(2000).nullish(),
};

export const createAssetBody = z.strictObject({
  ...assetFields,
  status: z.enum(['draft', 'registered']).default('draft'),
  levels: classesInput.default([]),
  draftDeleteOn: date.nullish(),
});
export type CreateAssetInput = z.infer<typeof createAssetBody>;

export const updateAssetBody = z.strictObject({
  name: assetFields.name.optional(),
  kind: assetFields.kind.optional(),
  ownerUnitId: id.optional(),
  ownerUserId: assetFields.ownerUserId,
  restrictions: assetFields.restrictions,
  locationId: assetFields.locationId,
  backup: assetFields.backup,
  personalInfo: z.boolean().optional(),
  specificPersonalInfo: z.boolean().optional(),
  retention: assetFields.retention,
  networkSegment: assetFields.networkSegment,
  parentId: assetFields.parentId,
  note: assetFields.note,
  draftDeleteOn: date.nullish(),
});
export type UpdateAssetInput = z.infer<typeof updateAssetBody>;

export const classifyBody = z.strictObject({ levels: classesInput.min(1), reason: text(500).nullish() });

export const copyBody = z.strictObject({ assetNo: assetFields.assetNo, name: assetFields.name.optional() });

export { idParams } from '../../shared/record-id.ts';

export const listQuery = z.strictObject({
  kind: z.enum(KINDS).optional(),
  unitId: id.optional(),
  levelId: id.optional(),
  status: z.enum(['draft', 'registered', 'disposed']).optional(),
  personal: z.enum(['1', '0']).optional(),
  q: text(100).optional(),
  sort: z.enum(['asset_no', 'name', 'updated_at']).default('asset_no'),
  cursor: text(500).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
export type ListQuery = z.infer<typeof listQuery>;

export const locationBody = z.strictObject({
  name: text(100).min(1),
  lockable: z.boolean(),
  offsite: z.boolean(),
});

export const classifyRequestBody = z.strictObject({
  subject: text(200).min(1),
  receivedFrom: text(200).nullish(),
  note: text(2000).nullish(),
  assetId: id.nullish(),
});

export const answerBody = z.strictObject({ levels: classesInput.min(1), note: text(2000).nullish() });

export const exportQuery = z.strictObject({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  encoding: z.enum(['utf8', 'sjis']).default('utf8'),
});

export const importBody = z.strictObject({
  /** The file, base64-encoded (keeps Shift_JIS bytes intact through JSON). */
  content: z.string().min(1).max(30_000_000),
  encoding: z.enum(['utf8', 'sjis']).default('utf8'),
  dryRun: z.boolean().default(true),
});

export const labelsQuery = z.strictObject({ ids: text(20_000).min(1) });

/** What the rules are asked about before a save: the class, the location, the asset and its status. */
export const checkBody = z.strictObject({
  assetId: z.string().trim().max(64).nullish(),
  levels: z.array(z.string().trim().min(1).max(64)).max(10),
  locationId: z.string().trim().max(64).nullish(),
  status: z.enum(['draft', 'registered']).default('draft'),
});
