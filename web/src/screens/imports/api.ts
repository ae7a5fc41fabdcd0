/** Shapes of the import API. */
export interface ImportTargetInfo {
  key: string;
  label: string;
  context: boolean;
  fields: { key: string; label: string; required: boolean }[];
}

export interface Inspection {
  register: string;
  sheets: string[];
  sheet: string;
  headingRow: number;
  headings: { column: number; letter: string; text: string }[];
  fields: { key: string; label: string; kind: string; required: boolean }[];
  mapping: Record<string, number>;
  remembered: boolean;
  rowCount: number;
  preview: { row: number; cells: string[] }[];
}

export interface DryRun {
  valid: boolean;
  count: number;
  errorCount: number;
  errors: { row: number; column: number; letter: string; field: string; code: string; message: string }[];
}

export interface ImportResult {
  imported: number;
  created: number;
  updated: number;
  importId: string;
  handover: { label: string; value: string; loginId?: string }[];
}

/** The file as the API takes it: its name and its bytes in base64. */
export async function fileBody(file: File): Promise<{ fileName: string; content: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, content: btoa(bin) };
}
