import { useData } from '../../api/query.ts';
import { Link } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { fmt, useT } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { policyPaths, type VersionDetail } from './api.ts';
import { GapAnalysis } from './GapAnalysis.tsx';
import { policyTexts } from './i18n.ts';

/** 規定の充足状況 of one version, as its own page. */
export default function PolicyGap({ params }: ScreenProps) {
  const p = useT(policyTexts);
  const q = useData<VersionDetail>(policyPaths.version(params.id));
  const v = q.data;
  return (
    <>
      <PageHeading
        lead={
          v
            ? `${v.title}・${fmt(p.version, { n: v.number })}・${v.kinds.map((k) => p.documentKinds[k] ?? k).join('・')}`
            : undefined
        }
      >
        {p.gap}
      </PageHeading>
      <FormAlert error={q.error} />
      <p>
        <Link href={`/policies/versions/${params.id}`}>{p.open}</Link>
      </p>
      <GapAnalysis versionId={params.id} />
    </>
  );
}
