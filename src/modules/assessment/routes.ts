/** Routes of self-assessment campaigns, items, answers, evidence, results, measures and publication. */
import type { FastifyInstance } from 'fastify';
import { notFound } from '../../http/errors.ts';
import { access } from '../../http/route.ts';
import { routeGroup } from '../../http/route-group.ts';
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

const MANAGE = access.fn('assessment.manage');

/** Defines the self-assessment routes. */
export function assessmentRoutes(app: FastifyInstance, { db }: AppContext): void {
  const { route, onId } = routeGroup(app, ['assessment'], s.idParams);
  route({
    method: 'GET',
    url: '/api/assessment/campaigns',
    summary: 'Self-assessment campaigns',
    access: access.fn('assessment.manage', 'reports.read'),
    handler: ({ auth }) => listCampaigns(db, auth.organizationId),
  });
  route({
    method: 'POST',
    url: '/api/assessment/campaigns',
    access: MANAGE,
    references: { policyVersionId: 'policy_versions' },
    body: s.campaignBody,
    summary: 'Create a campaign from the obligations of the policy in force (R-I1)',
    status: 201,
    async handler({ body, actor }) {
      const id = await createCampaign(db, actor, body);
      return { id };
    },
  });
  onId({
    method: 'GET',
    url: '/api/assessment/campaigns/:id',
    summary: 'A campaign with its items',
    access: access.fn('assessment.manage', 'reports.read'),
    handler: ({ id, auth }) => campaignDetail(db, auth.organizationId, id),
  });
  onId({
    method: 'POST',
    url: '/api/assessment/campaigns/:id/items',
    summary: 'Add an item to a draft campaign',
    access: MANAGE,
    references: { roleIds: 'roles' },
    body: s.itemBody,
    status: 201,
    async handler({ id, body, actor }) {
      return { id: await addItem(db, actor, id, body) };
    },
  });
  onId({
    method: 'PATCH',
    url: '/api/assessment/items/:id',
    summary: 'Edit an item of a draft campaign',
    access: MANAGE,
    references: { roleIds: 'roles' },
    body: s.itemPatch,
    async handler({ id, body, actor }) {
      await updateItem(db, actor, id, body);
    },
  });
  onId({
    method: 'POST',
    url: '/api/assessment/campaigns/:id/launch',
    summary: 'Open a campaign to its respondents',
    access: MANAGE,
    async handler({ id, actor }) {
      return launchCampaign(db, actor, id);
    },
  });
  onId({
    method: 'POST',
    url: '/api/assessment/campaigns/:id/close',
    summary: 'Close a campaign',
    access: MANAGE,
    async handler({ id, actor }) {
      await closeCampaign(db, actor, id);
    },
  });
  route({
    method: 'GET',
    url: '/api/assessment/mine',
    summary: 'My items to answer, with last year’s answer',
    access: access.signedIn,
    async handler({ auth }) {
      return myItems(db, auth.organizationId, auth.userId);
    },
  });
  onId({
    method: 'POST',
    url: '/api/assessment/responses/:id/answer',
    summary: 'Answer an item',
    access: access.signedIn,
    body: s.answerBody,
    async handler({ id, body, auth, actor }) {
      await answer(db, auth, actor, id, body);
    },
  });
  route({
    method: 'POST',
    url: '/api/assessment/answers',
    summary: 'Answer several items at once (all or none)',
    access: access.signedIn,
    body: s.answersBody,
    references: { 'answers[].responseId': 'assessment_responses' },
    async handler({ body, auth, actor }) {
      return { saved: await answerMany(db, auth, actor, body.answers) };
    },
  });
  onId({
    method: 'POST',
    url: '/api/assessment/responses/:id/evidence',
    summary: 'Attach an evidence file (SHA-256 kept)',
    access: access.signedIn,
    body: s.evidenceBody,
    bodyLimit: 8 * 1024 * 1024,
    status: 201,
    async handler({ id, body, auth, actor }) {
      return addEvidence(db, auth, actor, id, body);
    },
  });
  onId({
    method: 'GET',
    url: '/api/assessment/campaigns/:id/results',
    summary: 'Results by unit, role and area with earlier years',
    access: access.fn('assessment.manage', 'reports.read'),
    async handler({ id, auth, lang }) {
      return campaignResults(db, auth.organizationId, id, lang);
    },
  });
  onId({
    method: 'POST',
    url: '/api/assessment/campaigns/:id/measures',
    summary: 'Add an improvement measure',
    access: MANAGE,
    references: { itemId: 'assessment_items', ownerUserId: 'users' },
    body: s.measureBody,
    status: 201,
    async handler({ id, body, actor }) {
      return { id: await addMeasure(db, actor, id, body) };
    },
  });
  onId({
    method: 'POST',
    url: '/api/assessment/measures/:id/close',
    summary: 'Close a measure with its result (its owner, or a holder of assessment.manage)',
    access: access.signedIn,
    body: s.closeMeasureBody,
    async handler({ id, body, auth, actor }) {
      await closeMeasure(db, auth, actor, id, body.result);
    },
  });
  onId({
    method: 'GET',
    url: '/api/assessment/measures/:id',
    summary: 'An improvement measure (its owner, or a holder of assessment.manage or reports.read)',
    access: access.signedIn,
    async handler({ id, auth }) {
      return measureDetail(db, auth, id);
    },
  });
  onId({
    method: 'POST',
    url: '/api/assessment/campaigns/:id/publish',
    summary: 'Send the compiled results to staff',
    access: MANAGE,
    body: s.publishBody,
    async handler({ id, body, actor, lang }) {
      return { noticeId: await publishResults(db, actor, id, body.message, lang) };
    },
  });
  onId({
    method: 'GET',
    url: '/api/assessment/campaigns/:id/receipts',
    summary: 'Who has read the published results',
    access: access.fn('assessment.manage', 'reports.read'),
    async handler({ id, auth }) {
      const c = await loadCampaign(db, auth.organizationId, id);
      if (!c.notice_id) throw notFound('assessment_notice');
      return receipts(db, auth.organizationId, c.notice_id);
    },
  });
}
