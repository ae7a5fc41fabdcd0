import { useEffect, useState } from 'react';
import { Link } from '../../app/router.tsx';
import { FormAlert } from '../../components/FormAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAction } from '../../components/useAction.ts';
import { fmt } from '../../i18n/index.tsx';
import type { ScreenProps } from '../../routes.tsx';
import { api, type VersionDetail } from './api.ts';
import { GapAnalysis } from './GapAnalysis.tsx';
import { usePolicyText } from './i18n.ts';

/** 規定の充足状況 of one version, as its own page. */
export default function PolicyGap({ params }: ScreenProps) {
  const p = usePolicyText();
  const { error, run } = useAction();
  const [v, setV] = useState<VersionDetail | null>(null);
  useEffect(() => {
    void run(async () => setV(await api.get<VersionDetail>(`/api/policy/versions/${params.id}`)));
  }, [run, params.id]);
  return (
    <>
      <PageHeading
        lead={v ? `${v.title}・${fmt(p.version, { n: v.number })}・${v.kinds.join('・')}` : undefined}
      >
        {p.gap}
      </PageHeading>
      <FormAlert error={error} />
      <p>
        <Link href={`/policies/versions/${params.id}`}>{p.open}</Link>
      </p>
      <GapAnalysis versionId={params.id} />
    </>
  );
}
