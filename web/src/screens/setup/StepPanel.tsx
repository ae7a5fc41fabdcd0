import { useT } from '../../i18n/index.tsx';
import type { SetupStatus, StepKey } from './api.ts';
import { AssetStep } from './steps/AssetStep.tsx';
import { BodyKindStep } from './steps/BodyKindStep.tsx';
import { HandoverStep } from './steps/HandoverStep.tsx';
import { PeopleStep } from './steps/PeopleStep.tsx';
import { PolicyStep } from './steps/PolicyStep.tsx';
import { ProposalsStep } from './steps/ProposalsStep.tsx';
import { RolesStep } from './steps/RolesStep.tsx';
import { setupTexts } from './texts.ts';

/** The open step: what it asks for, and its form. */
export function StepPanel({ step, status }: { step: StepKey; status: SetupStatus }) {
  const s = useT(setupTexts);
  return (
    <section className="setup-step__body" aria-labelledby={`step-${step}`}>
      <p>{s.stepLead[step]}</p>
      {step === 'body' && <BodyKindStep status={status} />}
      {step === 'policy' && <PolicyStep status={status} />}
      {step === 'proposals' && <ProposalsStep status={status} />}
      {step === 'people' && <PeopleStep status={status} />}
      {step === 'roles' && <RolesStep status={status} />}
      {step === 'asset' && <AssetStep status={status} />}
      {step === 'handover' && <HandoverStep status={status} />}
    </section>
  );
}
