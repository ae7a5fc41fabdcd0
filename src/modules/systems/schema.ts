/** Request bodies of the systems registers. */

import { z } from 'zod';
import { dateInput } from '../../shared/date-input.ts';
import { flag, optDate, optRef, optText, ref, text } from './kit/zod.ts';

export const segmentBody = z.strictObject({
  name: text(100),
  isolated: flag(),
  noExport: flag(),
  mfaRequired: flag(),
  internetFacing: flag(),
  monitored: flag(),
  sanitizedOnly: flag(),
  dedicatedTerminals: flag(),
  clausePath: optText(200),
  notes: optText(),
});

export const systemBody = z.strictObject({
  name: text(200),
  segmentId: optRef(),
  ownerUnitId: optRef(),
  administratorUserId: optRef(),
  mfa: flag(),
  dedicatedTerminals: flag(),
  description: optText(2000),
});

export const connectionKinds = ['normal', 'sanitized', 'screen_transfer', 'file_transfer'] as const;

export const connectionBody = z.strictObject({
  fromSystemId: ref(),
  toSystemId: ref(),
  kind: z.enum(connectionKinds),
  purpose: optText(500),
});

export const changeBody = z.strictObject({
  systemId: ref(),
  changedOn: dateInput(),
  what: text(2000),
  why: optText(2000),
  approvedBy: optText(200),
});

export const equipmentKinds = ['server', 'network', 'terminal', 'other'] as const;

export const equipmentBody = z.strictObject({
  name: text(200),
  kind: z.enum(equipmentKinds),
  assetNumber: optText(100),
  segmentId: optRef(),
  systemId: optRef(),
  location: optText(200),
  fixed: flag(),
  lockedRack: flag(),
  raid: flag(),
  ups: flag(),
  surgeProtection: flag(),
  maintenanceIntervalDays: z.number().int().min(1).max(3650).nullable().optional(),
  notes: optText(),
});

export const maintenanceBody = z.strictObject({
  equipmentId: ref(),
  performedOn: dateInput(),
  performedBy: optText(200),
  description: text(2000),
});

export const lineBody = z.strictObject({
  name: text(200),
  carrier: optText(200),
  purpose: optText(500),
  segmentId: optRef(),
  documents: optText(1000),
  approvedBy: optText(200),
  approvedOn: optDate(),
  notes: optText(),
});
