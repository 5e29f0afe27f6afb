// Item renderings made ahead of time (in the CLI's worker threads) must change nothing but the speed of the export.
import { strict as assert } from 'node:assert';
import { resolve } from 'node:path';
import { loadEvent } from '../../server/src/cli/aggregate';
import { cliTexts } from '../../server/src/cli/messages';
import { renderAll, renderFragments, withFragments } from '../../server/src/core/eventReport';
import { inlineMarkdownToHtml } from '../../server/src/core/export/markdownHtml';
import { neutralizeMarkdown } from '../../server/src/core/export/neutralizeMarkdown';
import { parseSession } from '../../server/src/core/parse';

const ITEMS = ['Ein Ergebnis mit **Fettem**, `Code` und [Link](https://example.org) 🎉', '<script>alert(1)</script> roh', '[böse](javascript:alert(1))',
  '```\nCode\n```', 'Zeile mit zwei Leerzeichen  \nund Umbruch', '# Überschrift im Punkt', '- verschachtelt\n- Liste', '[ref]: https://example.org'];

describe('report fragments rendered ahead of time', () => {
  it('equal what the renderers make of each item on their own', () => {
    const text = ['# T', '## Ergebnisse', ...ITEMS.map((item) => `- ${item.replace(/\n/gu, '\n  ')}`), '## Nächste Schritte', '- [ ] Tun @anna bis 2017-02-28', '## Offene Fragen', '- Wie?'].join('\n');
    const fragments = renderFragments(parseSession(text, 'file:///x.session.md'));
    assert.ok(fragments.length >= ITEMS.length);
    for (const [markdown, neutralized, html] of fragments) {
      assert.equal(neutralized, neutralizeMarkdown(markdown), markdown);
      assert.equal(html, inlineMarkdownToHtml(markdown), markdown);
    }
  });

  it('leave the demo event documentation byte for byte as it is, and are forgotten afterwards', async () => {
    const event = await loadEvent(resolve('examples/demo-barcamp'), { today: '2017-03-01' }, cliTexts('en'));
    assert.ok(event.fragments.length > 20);
    const planted = event.fragments.map(([markdown]) => [markdown, 'FALSCH', 'FALSCH'] as [string, string, string]);
    assert.deepEqual(withFragments(event.fragments, () => renderAll(event.report)), renderAll(event.report));
    // Proof that the renderers do use them while they are given, and not after.
    assert.match(withFragments(planted, () => renderAll(event.report))[0].content, /FALSCH/);
    assert.doesNotMatch(renderAll(event.report)[0].content, /FALSCH/);
  });
});
