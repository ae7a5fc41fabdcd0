import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict } from '../../http/errors.ts';
import { type Lang, t } from '../../i18n/index.ts';
import type { Actor } from '../../shared/actor.ts';
import type { Proposal, ProposalProvider } from '../module.ts';
import type { PolicyAnalysis } from '../policy/index.ts';
import { activeScheme } from './queries.ts';
import { type SchemeInput, schemeBody } from './schema.ts';
import { createVersion } from './service.ts';
import { standardLevels } from './standard.ts';

/** What a classification proposal carries: a scheme ready to enter, or axes still needing levels. */
export interface ClassificationPayload {
  scheme: SchemeInput;
  /**
   * True when the text names the axes but not their levels (seeds 000/004): the scheme then carries the
   * guideline's standard levels for them (`standard`), to accept as offered or edit afterwards.
   */
  levelsMissing: boolean;
  standard?: boolean;
  /** Roles the text names as designators, shown so the administrator maps them to function keys. */
  designatorRoles: string[];
}

/** Turns the analysis into a scheme proposal; proposes nothing when the text has no scheme (R-B14). */
export const classificationProposals: ProposalProvider = {
  kind: 'classification',
  async propose(
    db: Kysely<DB>,
    organizationId: string,
    analysis: PolicyAnalysis,
    _versionId: string,
    lang: Lang = 'ja',
  ): Promise<Proposal[]> {
    const c = analysis.classification;
    if (!c?.axes.length) return [];
    const levelsMissing = c.axes.some((axis) => !c.levels.some((l) => l.axis === axis));
    const scheme: SchemeInput = {
      name: c.axes.join('・'),
      clausePath: c.path,
      axes: c.axes.map((axis) => {
        const own = c.levels.filter((l) => l.axis === axis).sort((a, b) => a.rank - b.rank);
        // Levels the text does not give are offered from the guideline, never left empty.
        const levels = own.length ? own : standardLevels(axis, lang);
        return {
          name: axis,
          levels: levels.map((l) => ({
            label: l.label,
            definition: l.definition ?? null,
            restrictions: [],
            requiresLockable: false,
            requiresOffsite: false,
            designators: [],
          })),
        };
      }),
    };
    const current = await activeScheme(db, organizationId);
    const same =
      !!current &&
      current.axes.length === scheme.axes.length &&
      current.axes.every(
        (a, i) =>
          a.name === scheme.axes[i].name &&
          a.levels.map((l) => l.label).join('|') === scheme.axes[i].levels.map((l) => l.label).join('|'),
      );
    const summary = scheme.axes
      .map((a) => `${a.name}: ${a.levels.map((l) => l.label).join(' / ') || '—'}`)
      .join(t(lang, 'classification.proposal.separator'));
    const payload: ClassificationPayload = {
      scheme,
      levelsMissing,
      standard: levelsMissing,
      designatorRoles: c.designators ?? [],
    };
    return [
      {
        kind: 'classification',
        key: `classification:${c.axes.join('+')}`,
        title: levelsMissing
          ? t(lang, 'classification.proposal.title_standard', { axes: c.axes.join('・') })
          : t(lang, 'classification.proposal.title', { name: scheme.name }),
        detail: levelsMissing
          ? t(lang, 'classification.proposal.detail_standard', { axes: c.axes.join('・'), summary })
          : `${summary}${
              c.designators?.length
                ? t(lang, 'classification.proposal.designators', {
                    roles: c.designators.join(t(lang, 'classification.proposal.separator')),
                  })
                : ''
            }`,
        clausePath: c.path,
        payload,
        alreadyPresent: same,
      },
    ];
  },
  async accept(trx: Kysely<DB>, actor: Actor, proposal: Proposal) {
    const payload = proposal.payload as ClassificationPayload;
    // A payload of an older proposal may still lack levels: an axis cannot exist without them.
    if (payload.scheme.axes.some((a) => !a.levels.length)) throw conflict('classification.levels_required');
    const input = schemeBody.parse({ ...payload.scheme, clausePath: proposal.clausePath });
    const { id } = await createVersion.in(trx, actor, input);
    return { type: 'classification_version', id };
  },
};
