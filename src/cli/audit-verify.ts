// npm run audit:verify                       verify every organization's chain and its newest checkpoint
// npm run audit:verify -- --org CODE         the same for one organization
// npm run audit:verify -- --export DIR --org CODE   export one organization's log with a signed digest
// npm run audit:verify -- --file DIR [--public-key FILE] [--checkpoints DIR]   verify an exported log
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import {
  type AuditVerification,
  exportAudit,
  latestCheckpoints,
  verifyAuditLog,
  verifyExport,
} from '../modules/audit/index.ts';
import { loadServerKeys, loadSigningKey, retiredPublicPems } from '../modules/system/index.ts';
import { openForCli } from './open.ts';

const { values } = parseArgs({
  options: {
    export: { type: 'string' },
    org: { type: 'string' },
    file: { type: 'string' },
    'public-key': { type: 'string' },
    checkpoints: { type: 'string' },
  },
});
const config = loadConfig();

/** The public keys this machine trusts: given on the command line, or the server's own (never created here). */
function trustedKeys(): string[] | null {
  if (values['public-key']) return [fs.readFileSync(values['public-key'], 'utf8')];
  const key = loadSigningKey({ setting: config.audit.signingKey, dataDir: config.dataDir, create: false });
  return key
    ? key.trustedPublicPems
    : retiredPublicPems(config.dataDir).length
      ? retiredPublicPems(config.dataDir)
      : null;
}

const KIND = {
  rewritten: '書き換えられています / rewritten',
  truncated: '末尾が削除されています / truncated',
  untrusted_checkpoint: 'チェックポイントの署名が不正です / checkpoint signature invalid',
} as const;

if (values.file) {
  const trusted = trustedKeys();
  const digest = JSON.parse(fs.readFileSync(`${values.file}/digest.json`, 'utf8')) as {
    organizationId: string;
  };
  const dir = values.checkpoints ?? config.audit.checkpointDir;
  const checkpoint =
    trusted && fs.existsSync(dir)
      ? latestCheckpoints(dir, trusted, [digest.organizationId]).latest.get(digest.organizationId)
      : undefined;
  const r = verifyExport(values.file, { trustedKeys: trusted ?? undefined, checkpoint });
  if (r.ok) {
    const against = [
      trusted ? '信頼する公開鍵 / a trusted key' : '同梱の公開鍵のみ / its own public key only',
      checkpoint ? `checkpoint seq ${checkpoint.seq}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    console.log(
      `OK: ${r.count} 件の監査ログを検証しました / verified ${r.count} events (public key ${r.publicKeyFingerprint}; ${against})`,
    );
    process.exit(0);
  }
  const at = r.firstBreak
    ? ` — 最初の不整合 / first break: seq ${r.firstBreak.seq} (${r.firstBreak.reason})`
    : '';
  console.error(`NG: 検証に失敗しました / verification failed: ${r.problem}${at}`);
  process.exit(1);
}

function report(r: AuditVerification, codes: Map<string, string>, ms: number): boolean {
  const name = (id: string) => `${codes.get(id) ?? '?'} (${id})`;
  if (r.firstBreak) {
    const b = r.firstBreak;
    console.error(
      `NG: 改ざんまたは欠落を検出しました / chain broken — organization ${name(b.organizationId)}, seq ${b.seq}, event ${b.id || '(missing)'}, ${b.reason}`,
    );
  }
  for (const p of r.checkpoints.problems)
    console.error(
      `NG: 組織 ${name(p.organizationId)} の監査ログは ${p.checkpointAt} のチェックポイント（seq ${p.seq}）と一致しません: ${KIND[p.kind]} / organization ${p.organizationCode} does not match its checkpoint`,
    );
  if (r.ok)
    console.log(
      `OK: ${r.organizations} 組織・${r.count} 件の監査ログのハッシュチェーンは正常です（チェックポイント ${r.checkpoints.checked} 件と一致） / chains intact, ${r.checkpoints.checked} checkpoints match (${ms} ms)`,
    );
  return r.ok;
}

const database = await openForCli();
try {
  const orgs = await database.db.selectFrom('organizations').select(['id', 'code']).execute();
  const codes = new Map(orgs.map((o) => [o.id, o.code]));
  const org = values.org ? orgs.find((o) => o.code === values.org) : undefined;
  if (values.org && !org) throw new Error(`組織 ${values.org} はありません / no organization ${values.org}`);
  const trusted = trustedKeys();
  if (!trusted)
    console.warn(
      '注意: 署名鍵がないため、チェックポイントは照合しません / no signing key here: checkpoints are not compared',
    );
  const started = performance.now();
  const r = await verifyAuditLog(
    database.db,
    database.source,
    { checkpointDir: config.audit.checkpointDir, trustedKeys: trusted ?? [] },
    org?.id,
  );
  const ok = report(r, codes, Math.round(performance.now() - started));
  if (values.export) {
    if (!org) throw new Error('--org CODE is required with --export (--export には --org が必要です)');
    // The key signs only a log that still matches its checkpoint.
    if (!ok)
      throw new Error('検証に失敗した監査ログには署名しません / a log that fails verification is not signed');
    const keys = await loadServerKeys(database.db, config);
    const d = await exportAudit(database.db, org.id, values.export, keys);
    console.log(`exported ${d.count} events to ${values.export} (last hash ${d.lastHash.slice(0, 16)}…)`);
  }
  if (!ok) process.exitCode = 1;
} catch (e) {
  console.error(`NG: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
