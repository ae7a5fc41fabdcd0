// npm run audit:verify                       verify every organization's chain in the database
// npm run audit:verify -- --export DIR --org CODE   export one organization's log with a signed digest
// npm run audit:verify -- --file DIR         verify an exported log offline
import { parseArgs } from 'node:util';
import { exportAudit, verifyExport } from '../modules/audit/export.ts';
import { verifyChainsParallel } from '../modules/audit/verify-parallel.ts';
import { loadServerKeys } from '../modules/system/keys.ts';
import { openForCli } from './open.ts';

const { values } = parseArgs({
  options: { export: { type: 'string' }, org: { type: 'string' }, file: { type: 'string' } },
});

if (values.file) {
  const r = verifyExport(values.file);
  if (r.ok) {
    console.log(
      `OK: ${r.count} 件の監査ログを検証しました / verified ${r.count} events (public key ${r.publicKeyFingerprint})`,
    );
    process.exit(0);
  }
  const at = r.firstBreak
    ? ` — 最初の不整合 / first break: seq ${r.firstBreak.seq} (${r.firstBreak.reason})`
    : '';
  console.error(`NG: 検証に失敗しました / verification failed: ${r.problem}${at}`);
  process.exit(1);
}

const database = await openForCli();
try {
  if (values.export) {
    if (!values.org) throw new Error('--org CODE is required with --export (--export には --org が必要です)');
    const org = await database.db
      .selectFrom('organizations')
      .select('id')
      .where('code', '=', values.org)
      .executeTakeFirst();
    if (!org) throw new Error(`組織 ${values.org} はありません / no organization ${values.org}`);
    const keys = await loadServerKeys(database.db);
    const d = await exportAudit(database.db, org.id, values.export, keys);
    console.log(`exported ${d.count} events to ${values.export} (last hash ${d.lastHash.slice(0, 16)}…)`);
  } else {
    const started = performance.now();
    const r = await verifyChainsParallel(database.db, database.source);
    const ms = Math.round(performance.now() - started);
    if (r.ok) {
      console.log(
        `OK: ${r.organizations} 組織・${r.count} 件の監査ログのハッシュチェーンは正常です / chains intact (${ms} ms)`,
      );
    } else {
      const b = r.firstBreak;
      console.error(
        `NG: 改ざんまたは欠落を検出しました / chain broken — organization ${b?.organizationId}, seq ${b?.seq}, event ${b?.id || '(missing)'}, ${b?.reason}`,
      );
      process.exitCode = 1;
    }
  }
} finally {
  await database.close();
}
