import { useT } from '../../i18n/index.tsx';
import { exportTexts } from './i18n.ts';

/** Print buttons of a request: its 申請書 always, its 許可書 once granted (approval types only). */
export function PrintForms({ id, granted, flow }: { id: string; granted: boolean; flow: string }) {
  const x = useT(exportTexts);
  return (
    <p className="actions print-forms">
      <a className="btn btn--secondary btn--small" href={`/api/requests/${id}/forms/application`} download>
        {x.printApplication}
      </a>
      {granted && flow === 'approval' && (
        <a className="btn btn--secondary btn--small" href={`/api/requests/${id}/forms/permit`} download>
          {x.printPermit}
        </a>
      )}
    </p>
  );
}
