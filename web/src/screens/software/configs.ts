/** Register configs of the software screen (fields mirror src/modules/software/schema.ts). */
import { asked, notes, refTo, registersOf, required, shown } from '../systems/registerFields.ts';

export const fn = 'software.manage';
const register = registersOf(fn);
/** The information system a record belongs to (a column showing its name). */
const system = shown('systemId', '情報システム', 'System', refTo('/api/systems/systems', 'systemName'));

export const products = register('/api/software/products', 'ソフトウェア台帳', 'Software register', [
  shown('product', 'ソフトウェア名', 'Product', 'text', required),
  shown('version', '版', 'Version', 'text'),
  shown('vendor', 'ベンダー', 'Vendor', 'text'),
  shown('licenceCount', 'ライセンス数', 'Licences', 'int'),
  shown('installations', '導入数', 'Installed', 'int', { computed: true }),
  shown('applicant', '申請者', 'Applicant', 'text'),
  shown('approver', '許可者', 'Approver', 'text'),
  shown('supportEndsOn', 'サポート終了日', 'Support ends', 'date'),
  shown('plannedUseUntil', '利用予定期限', 'Planned use until', 'date'),
  notes,
]);

export const installations = register('/api/software/installations', '導入先', 'Installations', [
  shown(
    'softwareId',
    'ソフトウェア',
    'Software',
    refTo('/api/software/products', 'softwareName', 'product'),
    required,
  ),
  shown('equipmentId', '端末・機器', 'Terminal / device', refTo('/api/systems/equipment', 'equipmentName')),
  system,
  shown('host', '端末名', 'Host', 'text'),
  shown('installedOn', '導入日', 'Installed on', 'date'),
]);

export const sharedIds = register('/api/software/shared-ids', '共用ID台帳', 'Shared IDs', [
  shown('account', '共用ID', 'Shared ID', 'text', required),
  system,
  shown('purpose', '用途', 'Purpose', 'text'),
  shown('manager', '管理者', 'Manager', 'text'),
  asked('userIds', '利用者', 'Users', 'people', required),
]);
