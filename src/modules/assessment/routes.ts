/** Routes of self-assessment campaigns, items, answers, evidence, results, measures and publication. */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../http/errors.ts';
import { access, defineRoute } from '../../http/route.ts';
import type { AppContext } from '../module.ts';
import { receipts } from '../org/index.ts';
import { addEvidence, answer, answerMany } from './answer.ts';
import { closeCampaign, launchCampaign } from './launch.ts';
import { loadCampaign } from './load.ts';
import { measureDetail } from './measures.ts';
import { myItems } from './mine.ts';
import { addMeasure, closeMeasure, publishResults } from './publish.ts';
import { campaignDetail, listCampaigns } from './queries.ts';
import { campaignResults } from './results.ts';
import * as s from './schema.ts';
import { addItem, createCampaign, updateItem } from './service.ts';

const tags = ['assessment'];
const MANAGE = access.fn('assessment.manage');

/** Defines the self-assessment routes. */
export function assessmentRoutes(app: FastifyInstance, { db }: AppContext): void {
  defineRoute(app, {
    method: 'GET',
    url: '/api/assessment/campaigns',
    summary: 'Self-assessment campaigns',
    tags,
    access: access.fn('assessment.manage', 'reports.read'),
    handler: ({ auth }) => listCampaigns(db, auth.organizationId),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/assessment/campaigns',
    tags,
    access: MANAGE,
    references: { policyVersionId: 'policy_versions' },
    body: s.campaignBody,
    summary: 'Create a campaign from the obligations of the policy in force (R-I1)',
    async handler({ body, actor, reply }) {
      const id = await createCampaign(db, actor, body);
      reply.code(201);
      return { id };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/assessment/campaigns/:id',
    summary: 'A campaign with its items',
    tags,
    access: access.fn('assessment.manage', 'reports.read'),
    params: s.idParams,
    handler: ({ params, auth }) => campaignDetail(db, auth.organizationId, params.id),
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/assessment/campaigns/:id/items',
    summary: 'Add an item to a draft campaign',
    tags,
    access: MANAGE,
    references: { roleIds: 'roles' },
    params: s.idParams,
    body: s.itemBody,
    async handler({ params, body, actor, reply }) {
      reply.code(201);
      return { id: await addItem(db, actor, params.id, body) };
    },
  });
  defineRoute(app, {
    method: 'PATCH',
    url: '/api/assessment/items/:id',
    summary: 'Edit an item of a draft campaign',
    tags,
    access: MANAGE,
    references: { roleIds: 'roles' },
    params: s.idParams,
    body: s.itemPatch,
    async handler({ params, body, actor }) {
      await updateItem(db, actor, params.id, body);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/assessment/campaigns/:id/launch',
    summary: 'Open a campaign to its respondents',
    tags,
    access: MANAGE,
    params: s.idParams,
    async handler({ params, actor }) {
      return launchCampaign(db, actor, params.id);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/assessment/campaigns/:id/close',
    summary: 'Close a campaign',
    tags,
    access: MANAGE,
    params: s.idParams,
    async handler({ params, actor }) {
      await closeCampaign(db, actor, params.id);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/assessment/mine',
    summary: 'My items to answer, with last year’s answer',
    tags,
    access: access.signedIn,
    async handler({ auth }) {
      return myItems(db, auth.organizationId, auth.userId);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/assessment/responses/:id/answer',
    summary: 'Answer an item',
    tags,
    access: access.signedIn,
    params: s.idParams,
    body: s.answerBody,
    async handler({ params, body, auth, actor }) {
      await answer(db, auth, actor, params.id, body);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/assessment/answers',
    summary: 'Answer several items at once (all or none)',
    tags,
    access: access.signedIn,
    body: s.answersBody,
    references: { 'answers[].responseId': 'assessment_responses' },
    async handler({ body, auth, actor }) {
      return { saved: await answerMany(db, auth, actor, body.answers) };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/assessment/responses/:id/evidence',
    summary: 'Attach an evidence file (SHA-256 kept)',
    tags,
    access: access.signedIn,
    params: s.idParams,
    body: s.evidenceBody,
    bodyLimit: 8 * 1024 * 1024,
    async handler({ params, body, auth, actor, reply }) {
      reply.code(201);
      return addEvidence(db, auth, actor, params.id, body);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/assessment/campaigns/:id/results',
    summary: 'Results by unit, role and area with earlier years',
    tags,
    access: access.fn('assessment.manage', 'reports.read'),
    params: s.idParams,
    async handler({ params, auth, lang }) {
      return campaignResults(db, auth.organizationId, params.id, lang);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/assessment/campaigns/:id/measures',
    summary: 'Add an improvement measure',
    tags,
    access: MANAGE,
    references: { itemId: 'assessment_items', ownerUserId: 'users' },
    params: s.idParams,
    body: s.measureBody,
    async handler({ params, body, actor, reply }) {
      reply.code(201);
      return { id: await addMeasure(db, actor, params.id, body) };
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/assessment/measures/:id/close',
    summary: 'Close a measure with its result (its owner, or a holder of assessment.manage)',
    tags,
    access: access.signedIn,
    params: s.idParams,
    body: s.closeMeasureBody,
    async handler({ params, body, auth, actor }) {
      await closeMeasure(db, auth, actor, params.id, body.result);
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/assessment/measures/:id',
    summary: 'An improvement measure (its owner, or a holder of assessment.manage or reports.read)',
    tags,
    access: access.signedIn,
    params: s.idParams,
    async handler({ params, auth }) {
      return measureDetail(db, auth, params.id);
    },
  });
  defineRoute(app, {
    method: 'POST',
    url: '/api/assessment/campaigns/:id/publish',
    summary: 'Send the compiled results to staff',
    tags,
    access: MANAGE,
    params: s.idParams,
    body: s.publishBody,
    async handler({ params, body, actor }) {
      return { noticeId: await publishResults(db, actor, params.id, body.message) };
    },
  });
  defineRoute(app, {
    method: 'GET',
    url: '/api/assessment/campaigns/:id/receipts',
    summary: 'Who has read the published results',
    tags,
    access: access.fn('assessment.manage', 'reports.read'),
    params: s.idParams,
    async handler({ params, auth }) {
      const c = await loadCampaign(db, auth.organizationId, params.id);
      if (!c.notice_id) throw notFound('assessment_notice');
      return receipts(db, auth.organizationId, c.notice_id);
    },
  });
}
