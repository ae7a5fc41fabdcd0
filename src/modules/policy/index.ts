import type { AppModule } from '../module.ts';
import { policyFunctions } from './functions.ts';
import { en, ja } from './messages.ts';
import { policyMigrations } from './migrations.ts';
import { policyRoutes } from './routes.ts';

export { analyzePolicy } from './analyze.ts';
export { explainPolicy } from './explain.ts';
export { AREAS } from './gap/areas.ts';
export { prepareFromBytes } from './import.ts';
export { decideProposalsIn, listProposals, setProposalProviders } from './proposals.ts';
export { importVersionIn, setInForceIn } from './service.ts';
export type { PolicyTables } from './tables.ts';
export { MAX_POLICY_BYTES } from './text/decode.ts';
export { PolicyInputError } from './text/errors.ts';
export { extractPolicyText } from './text/extract.ts';
export type { ClauseNode, Obligation, PolicyAnalysis, SegmentRuleKind } from './types.ts';

/** The organization's own policy: import, versions, proposals, acknowledgements and reviews. */
export const policyModule: AppModule = {
  name: 'policy',
  migrations: policyMigrations,
  messages: { ja, en },
  functions: policyFunctions,
  routes: policyRoutes,
};
export { readableVisibilities } from './access.ts';
export { pendingAcknowledgements } from './queries-people.ts';
