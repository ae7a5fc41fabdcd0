/** The software module's registers, described once for lists, CSV, writes and audit (`systems/kit/define.ts`). */
import { badInput } from '../../http/errors.ts';
import { col, defineRegister, registerEvents } from '../systems/index.ts';
import { registerTexts } from './messages.ts';
import { decorateInstallations, decorateSharedIds, decorateSoftware } from './queries.ts';
import { installationBody, sharedIdBody, softwareBody } from './schema.ts';

export const softwareRegister = defineRegister(registerTexts, {
  path: '/api/software/products',
  table: 'software',
  target: 'software',
  nameKey: 'product',
  create: softwareBody,
  events: registerEvents('software.'),
  columns: {
    product: col.name,
    version: col.note,
    vendor: { ...col.name, filter: true },
    licenceCount: col.int,
    applicant: col.note,
    approver: col.note,
    supportEndsOn: col.date,
    plannedUseUntil: col.date,
    notes: col.note,
  },
  decorate: (db, org, rows) => decorateSoftware(db, org, rows),
});

export const installationRegister = defineRegister(registerTexts, {
  path: '/api/software/installations',
  table: 'software_installations',
  target: 'software_installation',
  nameKey: 'host',
  create: installationBody,
  events: registerEvents('software.installation_'),
  columns: {
    softwareId: col.ref('software'),
    equipmentId: col.ref('equipment'),
    systemId: col.ref('information_systems'),
    host: col.name,
    installedOn: col.date,
  },
  async check(_trx, _org, v) {
    // An installation the register cannot place is no use for counting licences.
    if (!v.equipmentId && !v.systemId && !v.host)
      throw badInput('software.target_required', {}, [{ field: 'host', code: 'software.target_required' }]);
  },
  decorate: decorateInstallations,
});

export const sharedIdRegister = defineRegister(registerTexts, {
  path: '/api/software/shared-ids',
  table: 'shared_ids',
  target: 'shared_id',
  nameKey: 'account',
  create: sharedIdBody,
  events: registerEvents('software.shared_id_'),
  columns: {
    account: col.name,
    systemId: col.ref('information_systems'),
    purpose: col.note,
    manager: col.note,
    userIds: { kind: 'refs', refTable: 'users' },
    notes: col.note,
  },
  decorate: decorateSharedIds,
});

export const softwareRegisters = [softwareRegister, installationRegister, sharedIdRegister];
