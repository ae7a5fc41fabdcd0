import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { access, defineRoute } from '../http/route.ts';
import { consoleWords } from '../i18n/console.ts';
import { recordAudit } from '../modules/audit/index.ts';
import type { AppModule } from '../modules/module.ts';
import { removeSampleOrganization } from '../modules/org/index.ts';
import { setUpSamplesIn } from './seed.ts';

/**
 * The sample organizations on demand: the system administrator sets them up from the home screen
 * (the first-run choice) and removes them when done. Their one-time passwords are shown once and
 * appended to DATA_DIR/initial-passwords.txt (mode 0600).
 */
export const samplesModule: AppModule = {
  name: 'samples',
  routes(app, ctx) {
    const { db } = ctx;
    defineRoute(app, {
      method: 'POST',
      url: '/api/system/samples',
      summary: 'Set up the sample organizations (those not present yet)',
      tags: ['system'],
      access: access.system,
      async handler({ actor, auth }) {
        const home = { ...actor, organizationId: auth.homeOrganizationId };
        const { people } = await db.transaction().execute(async (trx) => {
          const created = await setUpSamplesIn(trx, home);
          await recordAudit(trx, home, 'org.samples_created', null, { codes: created.codes });
          return created;
        });
        if (people.length && ctx.config.dataDir) {
          const file = path.join(ctx.config.dataDir, 'initial-passwords.txt');
          const lines = people.map(
            (u) =>
              `${u.loginId}\t${u.password}\t${u.displayName}\t${u.role ?? consoleWords('samples.no_role').ja}`,
          );
          fs.mkdirSync(ctx.config.dataDir, { recursive: true });
          fs.appendFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
        }
        return { people };
      },
    });
    defineRoute(app, {
      method: 'DELETE',
      url: '/api/system/organizations/:id',
      summary: 'Remove a sample organization from service (records and audit chain stay)',
      tags: ['system'],
      access: access.system,
      params: z.strictObject({ id: z.string().trim().min(1).max(64) }),
      async handler({ params, actor, auth }) {
        await removeSampleOrganization(db, { ...actor, organizationId: auth.homeOrganizationId }, params.id);
      },
    });
  },
};
