import { useCan } from '../../app/useCan.ts';
import { useI18n, useT } from '../../i18n/index.tsx';
import { correctionsTexts } from './corrections/texts.ts';
import { policyTexts } from './i18n.ts';

/**
 * What a page about one policy document or version reads first: the policy texts (`p`), the corrections'
 * texts (`ct`), the reader's language and whether the reader manages policies.
 */
export function usePolicyView() {
  const p = useT(policyTexts);
  const ct = useT(correctionsTexts);
  const { lang } = useI18n();
  const manage = useCan()('policy.manage');
  return { p, ct, lang, manage };
}
