/** The words of an attendance list (出欠表) as a body's CSV writes them, with English beside them. */

/** The column of login IDs. */
export const ID_HEADING = /ログインID|login/i;

/** The column of attendance marks. */
export const MARK_HEADING = /出欠|受講|attend/i;

/** Marks read as attended (出席, 受講, ○, 済) and as absent (欠席, 未受講, ×, 未). */
export const ATTENDED = new Set(['出席', '受講', '○', '〇', '1', 'yes', 'true', '済', 'attended', 'present']);
export const ABSENT = new Set(['欠席', '未受講', '×', '0', 'no', 'false', '未', 'absent']);
