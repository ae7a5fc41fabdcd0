/** Audit events of classification schemes. */
declare module '../audit/catalogue.ts' {
  interface AuditEventMap {
    'classification.version_created': {
      version: number;
      name: string;
      clausePath: string | null;
      axes: { name: string; levels: string[] }[];
      status: 'pending' | 'active';
      remapItems: number;
    };
    'classification.remap_confirmed': { assetId: string; from: string; to: string };
    'classification.version_activated': { version: number; name: string; remapped: number };
  }
}

export {};
