// npm run audit:verify                       verify every organization's chain and its newest checkpoint
// npm run audit:verify -- --org CODE         the same for one organization
// npm run audit:verify -- --export DIR --org CODE   export one organization's log with a signed digest
// npm run audit:verify -- --file DIR [--public-key FILE] [--checkpoints DIR]   verify an exported log
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { consoleLine, consoleWords } from '../i18n/console.ts';
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
    const key = consoleWords(trusted ? 'audit_verify.trusted_key' : 'audit_verify.own_key_only');
    const against = checkpoint
      ? consoleWords('audit_verify.against_checkpoint', { key, seq: checkpoint.seq })
      : key;
    console.log(
      `OK: ${consoleLine('audit_verify.export_ok', { count: r.count, fingerprint: r.publicKeyFingerprint, against })}`,
    );
    process.exit(0);
  }
  const brk = r.firstBreak
    ? consoleWords('audit_verify.first_break', { seq: r.firstBreak.seq, reason: r.firstBreak.reason })
    : null;
  const at = brk ? { ja: ` — ${brk.ja}`, en: ` — ${brk.en}` } : '';
  console.error(`NG: ${consoleLine('audit_verify.export_failed', { problem: r.problem ?? '', at })}`);
  process.exit(1);
}

function report(r: AuditVerification, codes: Map<string, string>, ms: number): boolean {
  const name = (id: string) => `${codes.get(id) ?? '?'} (${id})`;
  if (r.firstBreak) {
    const b = r.firstBreak;
    console.error(
      `NG: ${consoleLine('audit_verify.chain_broken', { org: name(b.organizationId), seq: b.seq, event: b.id || '(missing)', reason: b.reason })}`,
    );
  }
  for (const p of r.checkpoints.problems)
    console.error(
      `NG: ${consoleLine('audit_verify.checkpoint_mismatch', { org: name(p.organizationId), at: p.checkpointAt, seq: p.seq, kind: consoleWords(`audit_verify.kind.${p.kind}`) })}`,
    );
  if (r.ok)
    console.log(
      `OK: ${consoleLine('audit_verify.intact', { organizations: r.organizations, count: r.count, checked: r.checkpoints.checked, ms })}`,
    );
  return r.ok;
}

const database = await openForCli();
try {
  const orgs = await database.db.selectFrom('organizations').select(['id', 'code']).execute();
  const codes = new Map(orgs.map((o) => [o.id, o.code]));
  const org = values.org ? orgs.find((o) => o.code === values.org) : undefined;
  if (values.org && !org) throw new Error(consoleLine('audit_verify.no_org', { code: values.org }));
  const trusted = trustedKeys();
  if (!trusted) console.warn(consoleLine('audit_verify.no_signing_key'));
  const started = performance.now();
  const r = await verifyAuditLog(
    database.db,
    database.source,
    { checkpointDir: config.audit.checkpointDir, trustedKeys: trusted ?? [] },
    org?.id,
  );
  const ok = report(r, codes, Math.round(performance.now() - started));
  if (values.export) {
    if (!org) throw new Error(consoleLine('audit_verify.export_needs_org'));
    // The key signs only a log that still matches its checkpoint.
    if (!ok) throw new Error(consoleLine('audit_verify.not_signed'));
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
