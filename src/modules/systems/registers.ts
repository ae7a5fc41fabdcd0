/** The systems module's registers, described once for lists, CSV, writes and audit (`kit/define.ts`). */

import { rowInOrg } from '../../db/rows-in-org.ts';
import { badInput, conflict } from '../../http/errors.ts';
import { col, defineRegister } from './kit/define.ts';
import { registerEvents } from './kit/fields.ts';
import { registerTexts } from './messages.ts';
import { decorateConnections, decorateEquipment, decorateSegmentName, decorateSystems } from './queries.ts';
import {
  changeBody,
  connectionBody,
  equipmentBody,
  lineBody,
  maintenanceBody,
  segmentBody,
  systemBody,
} from './schema.ts';

export const segmentRegister = defineRegister(registerTexts, {
  path: '/api/systems/segments',
  table: 'network_segments',
  target: 'network_segment',
  nameKey: 'name',
  create: segmentBody,
  events: registerEvents('systems.segment_'),
  columns: {
    name: col.name,
    isolated: col.flag,
    noExport: col.flag,
    mfaRequired: col.flag,
    internetFacing: col.flag,
    monitored: col.flag,
    sanitizedOnly: col.flag,
    dedicatedTerminals: col.flag,
    clausePath: col.text,
    notes: col.note,
  },
  async check(trx, org, values, id) {
    const same = await rowInOrg(trx, 'network_segments', org, { name: String(values.name) }, ['id']);
    if (same && same.id !== id) throw conflict('systems.segment_exists');
  },
});

export const systemRegister = defineRegister(registerTexts, {
  path: '/api/systems/systems',
  table: 'information_systems',
  target: 'information_system',
  nameKey: 'name',
  create: systemBody,
  events: registerEvents('systems.system_'),
  columns: {
    name: col.name,
    segmentId: col.ref('network_segments'),
    ownerUnitId: col.ref('units'),
    administratorUserId: col.ref('users'),
    mfa: col.flag,
    dedicatedTerminals: col.flag,
    description: col.note,
  },
  decorate: decorateSystems,
});

export const connectionRegister = defineRegister(registerTexts, {
  path: '/api/systems/connections',
  table: 'system_connections',
  target: 'system_connection',
  nameKey: 'kind',
  create: connectionBody,
  events: registerEvents('systems.connection_'),
  columns: {
    fromSystemId: col.ref('information_systems'),
    toSystemId: col.ref('information_systems'),
    kind: col.choice(['normal', 'sanitized', 'screen_transfer', 'file_transfer']),
    purpose: col.note,
  },
  async check(_trx, _org, values) {
    if (values.fromSystemId === values.toSystemId) {
      throw badInput('systems.same_system', {}, [{ field: 'toSystemId', code: 'systems.same_system' }]);
    }
  },
  decorate: decorateConnections,
});

export const changeRegister = defineRegister(registerTexts, {
  path: '/api/systems/changes',
  table: 'system_changes',
  target: 'system_change',
  nameKey: 'what',
  create: changeBody,
  events: {
    created: 'systems.change_logged',
    updated: 'systems.change_log_updated',
    deleted: 'systems.change_log_deleted',
  },
  columns: {
    systemId: col.ref('information_systems'),
    changedOn: col.date,
    what: col.note,
    why: col.note,
    approvedBy: col.note,
  },
});

export const equipmentRegister = defineRegister(registerTexts, {
  path: '/api/systems/equipment',
  table: 'equipment',
  target: 'equipment',
  nameKey: 'name',
  create: equipmentBody,
  events: registerEvents('systems.equipment_'),
  columns: {
    name: col.name,
    kind: col.choice(['server', 'network', 'terminal', 'other']),
    assetNumber: { ...col.name, importAs: 'code' },
    segmentId: col.ref('network_segments'),
    systemId: col.ref('information_systems'),
    location: col.name,
    fixed: col.flag,
    lockedRack: col.flag,
    raid: col.flag,
    ups: col.flag,
    surgeProtection: col.flag,
    maintenanceIntervalDays: col.int,
    notes: col.note,
  },
  decorate: decorateEquipment,
});

export const maintenanceRegister = defineRegister(registerTexts, {
  path: '/api/systems/maintenance',
  table: 'equipment_maintenance',
  target: 'equipment_maintenance',
  csvName: 'maintenance-log',
  nameKey: 'description',
  create: maintenanceBody,
  events: {
    created: 'systems.maintenance_logged',
    updated: 'systems.maintenance_updated',
    deleted: 'systems.maintenance_deleted',
  },
  columns: {
    equipmentId: col.ref('equipment'),
    performedOn: col.date,
    performedBy: col.note,
    description: col.note,
  },
});

export const lineRegister = defineRegister(registerTexts, {
  path: '/api/systems/lines',
  table: 'external_lines',
  target: 'external_line',
  nameKey: 'name',
  create: lineBody,
  events: registerEvents('systems.line_'),
  columns: {
    name: col.name,
    carrier: col.name,
    purpose: col.note,
    segmentId: col.ref('network_segments'),
    documents: col.note,
    approvedBy: col.note,
    approvedOn: col.date,
    notes: col.note,
  },
  decorate: decorateSegmentName,
});

export const systemsRegisters = [
  segmentRegister,
  systemRegister,
  connectionRegister,
  changeRegister,
  equipmentRegister,
  maintenanceRegister,
  lineRegister,
];
