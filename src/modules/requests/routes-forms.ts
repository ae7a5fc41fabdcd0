import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { attachment, bodyName } from '../../http/download.ts';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { requestForm } from './forms.ts';

const params = z.strictObject({
  id: z.string().trim().min(1).max(64),
  kind: z.enum(['application', 'permit']),
});

/** A request printed as its 申請書 or (once granted) its 許可書. */
export function formRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/requests/:id/forms/:kind',
    summary: 'The request as its paper form: application (申請書) or, once granted, permit (許可書), PDF',
    tags: ['requests'],
    access: access.signedIn,
    params,
    async handler({ auth, params, lang, reply }) {
      const form = await requestForm(db, auth, params.id, params.kind, lang);
      attachment(
        reply,
        { body: await bodyName(db, auth.organizationId), book: form.title, date: form.date, ext: 'pdf' },
        `request-${params.kind}`,
      );
      return reply.header('content-type', 'application/pdf').send(form.pdf);
    },
  });
}
