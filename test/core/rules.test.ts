// Data-driven tests of the content rules: topic, findings, next steps, sections, frontmatter, parser pass-through.
import { lines } from './helpers';
import { assertCoverage, check, COMPLETE, type Case } from './rules.helpers';
import type { DiagnosticCode } from '../../server/src/core/model';

/** COMPLETE with line `at` replaced by `replacement` (none to delete it). */
function edit(at: number, ...replacement: string[]): string {
  return lines(...COMPLETE.slice(0, at), ...replacement, ...COMPLETE.slice(at + 1));
}

describe('rules: topic', () => {
  const codes: DiagnosticCode[] = ['missing-topic', 'topic-mismatch'];
  const table: Case[] = [
    { name: 'complete session: no finding', markup: lines(...COMPLETE), expect: [] },
    { name: 'empty file: missing topic on line 0', markup: '', expect: ['missing-topic@0'] },
    { name: 'only sections: missing topic', markup: lines('## Ergebnisse', '- etwas'), expect: ['missing-topic@0'] },
    { name: 'a # heading alone is a topic', markup: lines('# Offene Daten', '', '## Ergebnisse'), expect: [] },
    { name: 'a frontmatter title alone is a topic', markup: lines('---', 'title: Offene Daten', '---', '## Ergebnisse'), expect: [] },
    { name: 'a ## heading is no topic', markup: lines('## Offene Daten'), expect: ['missing-topic@0'] },
    { name: 'title and heading differ: on the heading', markup: edit(7, '# Datenschutz als Chance'), expect: ['topic-mismatch@7'] },
    { name: 'differing only in case: not flagged', markup: edit(7, '# Datenschutz als bremse?'), expect: [] },
    { name: 'differing only in whitespace: not flagged', markup: edit(7, '#   Datenschutz  als Bremse?  '), expect: [] },
    { name: 'emphasis in the heading: compared as text', markup: edit(7, '# Datenschutz *als* Bremse?'), expect: [] },
  ];
  assertCoverage(codes, table);
  check(codes, table);
});

describe('rules: findings', () => {
  const codes: DiagnosticCode[] = ['missing-findings'];
  const table: Case[] = [
    { name: 'findings with an item', markup: lines(...COMPLETE), expect: [] },
    { name: 'no findings section: on the topic (the title)', markup: edit(13), expect: ['missing-findings@1'] },
    { name: 'no findings, no topic: on line 0', markup: lines('Text', '', '## Notizen', '- x'), expect: ['missing-findings@0'] },
    { name: 'empty findings section: on its heading', markup: edit(14, ''), expect: ['missing-findings@13'] },
    { name: 'only a template comment: still empty', markup: edit(14, '<!-- Was kam heraus? -->'), expect: ['missing-findings@13'] },
    { name: 'only empty skeleton bullets: still empty', markup: edit(14, '- '), expect: ['missing-findings@13'] },
    { name: 'a paragraph counts as content', markup: edit(14, 'Wir waren uns einig.'), expect: [] },
    { name: 'English heading "Findings"', markup: lines('# T', '## Findings', '- one'), expect: [] },
    { name: 'a second, filled findings section suffices', markup: lines('# T', '## Ergebnisse', '', '## Erkenntnisse', '- x'), expect: [] },
  ];
  assertCoverage(codes, table);
  check(codes, table);
});

describe('rules: next steps', () => {
  const codes: DiagnosticCode[] = ['missing-next-steps', 'next-step-without-owner', 'next-step-without-due-date'];
  const table: Case[] = [
    { name: 'a step with owner and date', markup: lines(...COMPLETE), expect: [] },
    { name: 'no next-steps section: on the topic', markup: edit(16), expect: ['missing-next-steps@1'] },
    { name: 'empty next-steps section: on its heading', markup: edit(17, ''), expect: ['missing-next-steps@16'] },
    { name: '"keine" declares there are none', markup: edit(17, '- keine'), expect: [] },
    { name: '"None." in English', markup: lines('# T', '## Next steps', 'None.'), expect: [] },
    { name: 'step without owner', markup: edit(17, '- [ ] Leitfaden entwerfen bis 28.02.2017'), expect: ['next-step-without-owner@17'] },
    { name: 'an e-mail address is no owner', markup: edit(17, '- Mail an a@b.de bis 2017-02-28'), expect: ['next-step-without-owner@17'] },
    { name: 'step without due date: information', markup: edit(17, '- [ ] Leitfaden entwerfen @anna-schmidt'), expect: ['next-step-without-due-date@17'] },
    { name: 'done step without due date: exempt', markup: edit(17, '- [x] Leitfaden entwerfen @anna-schmidt'), expect: [] },
    { name: 'done step without owner: still flagged', markup: edit(17, '- [x] Leitfaden entwerfen'), expect: ['next-step-without-owner@17'] },
    { name: 'German "bis", English "due" and 📅 all count', markup: edit(17, '- a @anna-schmidt bis 1.3.2017', '- b @anna-schmidt due 2017-03-01', '- c @anna-schmidt 📅 2017-03-01'), expect: [] },
    {
      name: 'neither owner nor date: both, in code order',
      markup: edit(17, '- Leitfaden', '- Flyer @ben-meier'),
      expect: ['next-step-without-due-date@17', 'next-step-without-owner@17', 'next-step-without-due-date@18'],
    },
  ];
  assertCoverage(codes, table);
  check(codes, table);
});

describe('rules: sections', () => {
  const codes: DiagnosticCode[] = ['duplicate-section'];
  const table: Case[] = [
    { name: 'each kind once', markup: lines(...COMPLETE), expect: [] },
    { name: 'findings twice: on the second heading', markup: lines(...COMPLETE, '## Ergebnisse', '- mehr'), expect: ['duplicate-section@18'] },
    { name: 'synonyms are the same kind', markup: lines(...COMPLETE, '## Erkenntnisse', '- mehr'), expect: ['duplicate-section@18'] },
    { name: 'three times: the second and third', markup: lines('# T', '## Fragen', '## Offene Fragen', '## Questions'), expect: ['duplicate-section@2', 'duplicate-section@3'] },
    { name: 'free notes may repeat', markup: lines(...COMPLETE, '## Notizen', '## Notizen'), expect: [] },
  ];
  assertCoverage(codes, table);
  check(codes, table);
});

describe('rules: frontmatter', () => {
  const codes: DiagnosticCode[] = ['unknown-field', 'participant-count-mismatch'];
  const table: Case[] = [
    { name: 'known keys only', markup: lines(...COMPLETE), expect: [] },
    { name: 'unknown key: on the key', markup: edit(5, 'host: Anna Schmidt', 'farbe: blau'), expect: ['unknown-field@6'] },
    { name: 'German key', markup: edit(4, 'raum: Raum 1'), expect: ['unknown-field@4'] },
    { name: 'keys are case-sensitive', markup: edit(1, 'Title: Datenschutz als Bremse?'), expect: ['unknown-field@1'] },
    { name: 'count equals the names listed', markup: edit(5, 'participants: 2'), expect: [] },
    { name: 'count above the names listed (not everyone wrote down their name)', markup: edit(5, 'participants: 12'), expect: [] },
    { name: 'count below the names listed: on the value', markup: edit(5, 'participants: 1'), expect: ['participant-count-mismatch@5'] },
    { name: 'no participants section: nothing to compare', markup: lines('---', 'participants: 0', '---', '# T'), expect: [] },
  ];
  assertCoverage(codes, table);
  check(codes, table);
});

describe('rules: parser problems pass through', () => {
  const codes: DiagnosticCode[] = ['frontmatter-syntax', 'invalid-date'];
  const table: Case[] = [
    { name: 'valid frontmatter and dates', markup: lines(...COMPLETE), expect: [] },
    { name: 'unclosed frontmatter', markup: lines('---', 'title: T', '# T'), expect: ['frontmatter-syntax@0'] },
    { name: 'broken YAML', markup: edit(2, 'day: [1'), expect: ['frontmatter-syntax@3'] },
    { name: 'impossible frontmatter date', markup: edit(2, 'date: 30.02.2017'), expect: ['invalid-date@2'] },
    { name: 'impossible due date', markup: edit(17, '- [ ] Leitfaden @anna-schmidt bis 31.04.2017'), expect: ['invalid-date@17'] },
  ];
  assertCoverage(codes, table);
  check(codes, table);
});
