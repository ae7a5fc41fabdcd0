/** Character-level difference of two texts for the version comparison (Japanese has no word spaces). */

export interface Piece {
  op: 'same' | 'del' | 'ins';
  text: string;
}

/** Above this many cells the middle part is shown as one deletion and one insertion (keeps the page fast). */
const MAX_CELLS = 2_000_000;

function push(out: Piece[], op: Piece['op'], text: string) {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Pieces that turn `a` into `b`: common prefix and suffix, then a longest-common-subsequence of the middle. */
export function charDiff(a: string, b: string): Piece[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: Piece[] = [];
  push(out, 'same', a.slice(0, start));
  const x = a.slice(start, endA);
  const y = b.slice(start, endB);
  const n = x.length;
  const m = y.length;
  if (n * m > MAX_CELLS) {
    push(out, 'del', x);
    push(out, 'ins', y);
  } else if (n && m) {
    // lcs[i][j] = length of the LCS of x[i..] and y[j..], in one flat array.
    const w = m + 1;
    const lcs = new Uint32Array((n + 1) * w);
    for (let i = n - 1; i >= 0; i--)
      for (let j = m - 1; j >= 0; j--)
        lcs[i * w + j] =
          x[i] === y[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (x[i] === y[j]) {
        push(out, 'same', x[i]);
        i++;
        j++;
      } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) push(out, 'del', x[i++]);
      else push(out, 'ins', y[j++]);
    }
    push(out, 'del', x.slice(i));
    push(out, 'ins', y.slice(j));
  } else {
    push(out, 'del', x);
    push(out, 'ins', y);
  }
  push(out, 'same', a.slice(endA));
  return out;
}
