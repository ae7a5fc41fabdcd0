/**
 * The text of bench/POLICY.md: the measured tables and speed, then every section of the previous file
 * titled "… first measurement" exactly as it was (those record a set on first sight and are never
 * measured again).
 */

const INTRO = `# Policy analysis: accuracy and speed

Measured by \`npm run bench:policy\` (\`bench/policy-accuracy.ts\`, scorer \`src/modules/policy/fixtures/score.ts\`)
against hand-labelled fixtures: the five samples (\`src/modules/policy/fixtures/*.expected.json\`) and every set
of the corpus (\`test/policy-corpus/<set>/\`). Each cell is an F1 (for measures that are a share of the
expected items, the share right); — where the document has nothing to measure.

- **headings**: clauses with a title, matched on path and title.
- **obligations**: sentences that oblige, forbid, permit or ask for effort, matched on clause path, the
  start of the sentence and the modality (must / must_not / shall / endeavor / may).
- **actors**: of the obligations matched, the share whose actors (after aliases) are exactly the fixture's.
- **roles**: roles found, by name or alias. **posts**: expected roles whose post (充て職) is right.
  **tiers**: expected roles at the right tier. **topRole**: the single role on top is the fixture's.
- **committees**: name, chair, vice-chair, secretariat and members of each committee.
- **approvers**: permission rules whose approvers (or approvers by level) are right.
- **axes** / **levels**: classification axes found; levels found at their place in the order.
- **segments**: network segments. **dates**: 制定・施行・改正 dates.
`;

const OUTRO = `\`npm test\` checks every document against thresholds just below these figures
(\`test/policy-corpus/accuracy.test.ts\`), so a regression fails CI.
`;

/** The level-2 sections of a Markdown text whose title ends in "first measurement", each verbatim up to the next level-2 title. */
export function firstMeasurementSections(markdown: string): string[] {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^## .*first measurement\s*$/.test(lines[i])) continue;
    let end = i + 1;
    while (end < lines.length && !lines[end].startsWith('## ')) end++;
    out.push(lines.slice(i, end).join('\n').trimEnd());
    i = end - 1;
  }
  return out;
}

/** bench/POLICY.md from this run's tables and speed (`body`) and the file as it was (`previous`, '' when none). */
export function policyReport(body: string, previous: string): string {
  const kept = firstMeasurementSections(previous);
  const tail = kept.length ? `\n${kept.join('\n\n')}\n` : '';
  return `${INTRO}\n${body.trimEnd()}\n\n${OUTRO}${tail}`;
}
