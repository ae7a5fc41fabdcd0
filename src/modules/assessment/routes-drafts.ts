/** Routes of a respondent's drafts: answers typed but not submitted, kept per person and campaign. */
import type { FastifyInstance } from 'fastify';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { readDraft, saveDraft } from './drafts.ts';
import * as s from './schema.ts';

const tags = ['assessment'];

export function draftRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/assessment/campaigns/:id/draft',
    summary: 'The caller’s answers to a campaign typed but not yet submitted',
    tags,
    access: access.signedIn,
    params: s.idParams,
    handler: ({ params, auth }) => readDraft(db, auth, params.id),
  });
  defineRoute(app, {
    method: 'PUT',
    url: '/api/assessment/campaigns/:id/draft',
    summary: 'Keep the caller’s unsubmitted answers to a campaign (a working copy: not audited)',
    tags,
    access: access.signedIn,
    params: s.idParams,
    body: s.draftBody,
    references: { 'answers[].responseId': 'assessment_responses' },
    handler: ({ params, body, auth }) => saveDraft(db, auth, params.id, body.answers),
  });
}
