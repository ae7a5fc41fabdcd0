/** The rows typed into the set-up's staff table, as the staff list file the staff import reads. */
export interface StaffRow {
  displayName: string;
  loginId: string;
  unit: string;
  post: string;
  email: string;
}

export const EMPTY_ROW: StaffRow = { displayName: '', loginId: '', unit: '', post: '', email: '' };

const HEADINGS = ['氏名', 'ログインID', '所属', '役職', 'メールアドレス'];
const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** A CSV (UTF-8) of the filled rows under the staff list's own headings; empty rows are left out. */
export function staffCsv(rows: StaffRow[]): string {
  const filled = rows.filter((r) => Object.values(r).some((v) => v.trim()));
  const lines = filled.map((r) =>
    [r.displayName, r.loginId, r.unit, r.post, r.email].map((v) => cell(v.trim())).join(','),
  );
  return `${[HEADINGS.join(','), ...lines].join('\n')}\n`;
}

/** Whether any row has something typed in it. */
export const anyFilled = (rows: StaffRow[]) => rows.some((r) => Object.values(r).some((v) => v.trim()));
