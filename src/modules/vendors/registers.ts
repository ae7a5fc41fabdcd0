/** The vendors module's registers, described once for lists, CSV, writes and audit (`systems/kit/define.ts`). */
import { badInput } from '../../http/errors.ts';
import { col, defineRegister, registerEvents } from '../systems/index.ts';
import { lawKinds } from './law-kinds.ts';
import { registerTexts } from './messages.ts';
import { effectiveClauseList } from './policySource.ts';
import { decorateCloud, decorateContracts, decorateSocial, decorateVendors } from './queries.ts';
import { auditStatuses, cloudBody, contractBody, lawBody, socialBody, vendorBody } from './schema.ts';

export const vendorRegister = defineRegister(registerTexts, {
  path: '/api/vendors/vendors',
  table: 'vendors',
  target: 'vendor',
  nameKey: 'name',
  create: vendorBody,
  events: registerEvents('vendors.'),
  columns: {
    name: col.name,
    address: col.note,
    contact: col.note,
    certifications: { kind: 'json', initial: [], noImport: true },
    auditStatus: col.choice(auditStatuses),
    lastAuditedOn: col.date,
    notes: col.note,
  },
  decorate: decorateVendors,
});

export const contractRegister = defineRegister(registerTexts, {
  path: '/api/vendors/contracts',
  table: 'vendor_contracts',
  target: 'vendor_contract',
  nameKey: 'title',
  create: contractBody,
  events: registerEvents('vendors.contract_'),
  columns: {
    vendorId: col.ref('vendors'),
    title: col.name,
    signedOn: col.date,
    endsOn: col.date,
    subcontracting: col.flag,
    nextReviewOn: col.date,
    clauses: { kind: 'json', noImport: true },
    clausePath: col.text,
    notes: col.note,
  },
  async prepare(trx, org, values) {
    if (values.clauses !== undefined) return {};
    // The checklist starts from the policy's own list, every clause unchecked until someone confirms it.
    const list = await effectiveClauseList(trx, org);
    if (!list)
      throw badInput('vendors.no_clause_list', {}, [{ field: 'clauses', code: 'vendors.no_clause_list' }]);
    return {
      clauses: list.clauses.map((text) => ({ text, present: false })),
      clausePath: values.clausePath ?? (list.path || null),
    };
  },
  decorate: decorateContracts,
});

export const cloudRegister = defineRegister(registerTexts, {
  path: '/api/vendors/cloud',
  table: 'cloud_services',
  target: 'cloud_service',
  nameKey: 'service',
  create: cloudBody,
  events: registerEvents('vendors.cloud_'),
  columns: {
    service: col.name,
    provider: col.name,
    vendorId: col.ref('vendors'),
    infoClasses: { kind: 'json', initial: [] },
    ismap: col.flag,
    certifications: col.note,
    evaluation: col.note,
    evaluatedOn: col.date,
    approvedBy: col.note,
    approvalRef: col.note,
    notes: col.note,
  },
  decorate: decorateCloud,
});

export const socialRegister = defineRegister(registerTexts, {
  path: '/api/vendors/social',
  table: 'social_accounts',
  target: 'social_account',
  csvName: 'social-media-accounts',
  nameKey: 'account',
  create: socialBody,
  events: registerEvents('vendors.social_'),
  columns: {
    service: { ...col.name, filter: true },
    account: col.name,
    responsibleUserId: col.ref('users'),
    publishable: col.note,
    procedureRef: col.note,
    notes: col.note,
  },
  decorate: decorateSocial,
});

export const lawRegister = defineRegister(registerTexts, {
  path: '/api/vendors/laws',
  table: 'laws',
  target: 'law',
  nameKey: 'name',
  create: lawBody,
  events: registerEvents('vendors.law_'),
  columns: {
    name: col.name,
    number: col.note,
    kind: col.choice(lawKinds),
    clausePath: col.text,
    notes: col.note,
  },
});

export const vendorsRegisters = [
  vendorRegister,
  contractRegister,
  cloudRegister,
  socialRegister,
  lawRegister,
];
