// Document links (core): web addresses and relative file links, resolved against the protocol; none inside code.
import { strict as assert } from 'node:assert';
import { documentLinks } from '../../server/src/core/editor';
import { textAt } from './helpers';

const URI = 'file:///camp/sessions/datenschutz.session.md';

const TABLE: Array<{ name: string; text: string; expect: Array<[string, string]> }> = [
  { name: 'a bare web address without the sentence dot', text: 'Mehr unter https://example.org/a?b=1.', expect: [['https://example.org/a?b=1', 'https://example.org/a?b=1']] },
  { name: 'an address in parentheses', text: '(siehe https://example.org/x)', expect: [['https://example.org/x', 'https://example.org/x']] },
  { name: 'a Markdown link to a web address', text: '- [Folien](https://example.org/folien.pdf "Folien")', expect: [['https://example.org/folien.pdf', 'https://example.org/folien.pdf']] },
  { name: 'a relative file link', text: 'Siehe [Plan](../barcamp.json).', expect: [['../barcamp.json', 'file:///camp/barcamp.json']] },
  { name: 'a relative link with spaces in angle brackets', text: '[Notiz](<notizen/erste notiz.md>)', expect: [['notizen/erste notiz.md', 'file:///camp/sessions/notizen/erste%20notiz.md']] },
  { name: 'an autolink', text: 'Kontakt: <mailto:anna@example.org>', expect: [['mailto:anna@example.org', 'mailto:anna@example.org']] },
  { name: 'an anchor is left to the editor', text: '[oben](#ergebnisse)', expect: [] },
  { name: 'an emoji in code shifts no link after it', text: '`🎉 code` und https://example.org/nach', expect: [['https://example.org/nach', 'https://example.org/nach']] },
  { name: 'nothing in code', text: '```\nhttps://example.org/code\n```\n`https://example.org/span`', expect: [] },
];

describe('document links (core)', () => {
  for (const row of TABLE) {
    it(row.name, () => {
      const links = documentLinks(row.text, URI);
      assert.deepEqual(
        links.map((l) => [textAt(row.text, l.range), l.target]),
        row.expect,
      );
    });
  }
});
