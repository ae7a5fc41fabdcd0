/** Request bodies of the software registers. */
import { z } from 'zod';
import { optDate, optRef, optText, ref, text } from '../systems/index.ts';

export const softwareBody = z.strictObject({
  product: text(200),
  version: optText(100),
  vendor: optText(200),
  licenceCount: z.number().int().min(0).max(1_000_000).nullable().optional(),
  applicant: optText(200),
  approver: optText(200),
  supportEndsOn: optDate(),
  plannedUseUntil: optDate(),
  notes: optText(),
});

export const installationBody = z.strictObject({
  softwareId: ref(),
  equipmentId: optRef(),
  systemId: optRef(),
  host: optText(200),
  installedOn: optDate(),
});

export const sharedIdBody = z.strictObject({
  account: text(200),
  systemId: optRef(),
  purpose: optText(500),
  manager: optText(200),
  userIds: z.array(ref()).max(500),
  notes: optText(),
});

export const settingsBody = z.strictObject({ warnDays: z.number().int().min(1).max(3650) });
export const warningsQuery = z.strictObject({ days: z.coerce.number().int().min(1).max(3650).optional() });
