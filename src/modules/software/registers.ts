/** The software module's registers, described once for lists, CSV, writes and audit. */
import { badInput } from '../../http/errors.ts';
import type { RegisterDef } from '../systems/index.ts';
import { field, registerEvents } from '../systems/index.ts';
import { SOFTWARE_READ, SOFTWARE_WRITE } from './functions.ts';
import { decorateInstallations, decorateSharedIds, decorateSoftware } from './queries.ts';
import { installationBody, sharedIdBody, softwareBody } from './schema.ts';

const f = field;
const common = { readFns: SOFTWARE_READ, writeFns: SOFTWARE_WRITE, tag: 'software' };

export const softwareRegister: RegisterDef = {
  ...common,
  path: '/api/software/products',
  table: 'software',
  target: 'software',
  csvName: 'software',
  book: { ja: 'ソフトウェア台帳', en: 'Software' },
  nameKey: 'product',
  create: softwareBody,
  events: registerEvents('software.'),
  fields: [
    f('product', 'product', 'text', 'ソフトウェア名', 'Product', {
      search: true,
      sort: true,
      aliases: ['製品名', 'ソフト名', '名称', 'ソフトウェア'],
    }),
    f('version', 'version', 'text', '版', 'Version', {
      search: true,
      aliases: ['バージョン', 'Ver', 'ver.'],
    }),
    f('vendor', 'vendor', 'text', 'ベンダー', 'Vendor', {
      search: true,
      sort: true,
      filter: true,
      aliases: ['メーカー', '開発元', '販売元'],
    }),
    f('licenceCount', 'licence_count', 'int', 'ライセンス数', 'Licences', {
      aliases: ['ライセンス', '数量', '保有数'],
    }),
    f('applicant', 'applicant', 'text', '申請者', 'Applicant', { search: true }),
    f('approver', 'approver', 'text', '許可者', 'Approver', { search: true }),
    f('supportEndsOn', 'support_ends_on', 'date', 'サポート終了日', 'Support ends on', {
      sort: true,
      aliases: ['サポート期限', 'EOL', 'サポート終了'],
    }),
    f('plannedUseUntil', 'planned_use_until', 'date', '利用予定期限', 'Planned use until', {
      sort: true,
      aliases: ['利用期限', '使用期限'],
    }),
    f('notes', 'notes', 'text', '備考', 'Notes', { search: true }),
  ],
  dependents: [{ table: 'software_installations', column: 'software_id' }],
  decorate: (db, org, rows) => decorateSoftware(db, org, rows),
};

export const installationRegister: RegisterDef = {
  ...common,
  path: '/api/software/installations',
  table: 'software_installations',
  target: 'software_installation',
  csvName: 'software-installations',
  book: { ja: 'ソフトウェア導入記録', en: 'Software installations' },
  nameKey: 'host',
  create: installationBody,
  events: registerEvents('software.installation_'),
  fields: [
    f('softwareId', 'software_id', 'ref', 'ソフトウェア', 'Software', { filter: true, refTable: 'software' }),
    f('equipmentId', 'equipment_id', 'ref', '導入端末・機器', 'Terminal / device', {
      filter: true,
      refTable: 'equipment',
    }),
    f('systemId', 'system_id', 'ref', '情報システム', 'System', {
      filter: true,
      refTable: 'information_systems',
    }),
    f('host', 'host', 'text', '端末名', 'Host', {
      search: true,
      sort: true,
      aliases: ['導入先', 'ホスト名', '端末'],
    }),
    f('installedOn', 'installed_on', 'date', '導入日', 'Installed on', { sort: true }),
  ],
  async check(_trx, _org, v) {
    // An installation the register cannot place is no use for counting licences.
    if (!v.equipmentId && !v.systemId && !v.host)
      throw badInput('software.target_required', {}, [{ field: 'host', code: 'software.target_required' }]);
  },
  decorate: decorateInstallations,
};

export const sharedIdRegister: RegisterDef = {
  ...common,
  path: '/api/software/shared-ids',
  table: 'shared_ids',
  target: 'shared_id',
  csvName: 'shared-ids',
  book: { ja: '共用ID台帳', en: 'Shared IDs' },
  nameKey: 'account',
  create: sharedIdBody,
  events: registerEvents('software.shared_id_'),
  fields: [
    f('account', 'account', 'text', '共用ID', 'Shared ID', { search: true, sort: true }),
    f('systemId', 'system_id', 'ref', '情報システム', 'System', {
      filter: true,
      refTable: 'information_systems',
    }),
    f('purpose', 'purpose', 'text', '用途', 'Purpose', { search: true }),
    f('manager', 'manager', 'text', '管理者', 'Manager', { search: true }),
    f('userIds', 'user_ids', 'refs', '利用者', 'Users', { refTable: 'users' }),
    f('notes', 'notes', 'text', '備考', 'Notes', { search: true }),
  ],
  decorate: decorateSharedIds,
};

export const softwareRegisters = [softwareRegister, installationRegister, sharedIdRegister];
