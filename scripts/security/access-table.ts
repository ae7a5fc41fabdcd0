// Prints (or with --write, rewrites) test/security/access-table.ts from the server's own route table.
// The table is reviewed in code review: a changed access rule shows up as a diff there, and the
// authorization-matrix test fails until the table agrees with the routes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { accessRuleText } from '../../src/http/route.ts';
import { createServer } from '../../src/server.ts';
import { testDatabase } from '../../test/support/db.ts';

const database = await testDatabase();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mamori-data-'));
const { app } = await createServer(loadConfig({ DATA_DIR: dataDir }), {
  database,
  webDir: '/nonexistent',
});
await app.ready();
const rows = app.mamoriRoutes
  .map((r) => [`${r.method} ${r.url}`, accessRuleText(r.access)])
  .sort((a, b) => a[0].localeCompare(b[0]));
await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });
const body = rows.map(([k, v]) => `  '${k}': '${v}',`).join('\n');
const text = `/**
 * Who may call each API route: 'public', 'stage:a|b' (a session in one of these sign-in stages),
 * 'signed_in' (a full session),
 * 'system' (hosting administrators), or 'fn:a|b' (a full session holding one of these role functions).
 * Regenerate with \`node_modules/.bin/node scripts/security/access-table.ts --write\` and review the diff.
 */
export const ACCESS_TABLE: Record<string, string> = {
${body}
};
`;
if (process.argv.includes('--write')) {
  fs.writeFileSync(path.resolve(import.meta.dirname, '../../test/security/access-table.ts'), text);
  console.log(`${rows.length} routes written`);
} else {
  process.stdout.write(text);
}
