// Golden files of the demo event in every text format, public and for the organizers, and determinism; UPDATE_GOLDEN=1 rewrites the golden files.
import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEvent } from '../../server/src/cli/aggregate';
import { cliTexts } from '../../server/src/cli/messages';
import { isGeneratedDocx, renderAll, type OutputFile } from '../../server/src/core/report';

const isText = (file: OutputFile) => typeof file.content === 'string';

const DEMO = resolve('examples/demo-barcamp');
const GOLDEN = resolve('test/golden/demo');
/** Pinned, so "overdue" is the same on every day the test runs. */
const TODAY = '2017-03-01';

async function renderDemo(): Promise<OutputFile[]> {
  const event = await loadEvent(DEMO, { today: TODAY }, cliTexts('en'));
  return event.documentation.files;
}

describe('golden files of the demo event', function () {
  let files: OutputFile[];
  before(async function () {
    if (!existsSync(join(DEMO, 'barcamp.json'))) this.skip();
    files = await renderDemo();
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(GOLDEN, { recursive: true });
      for (const file of files.filter(isText)) writeFileSync(join(GOLDEN, file.fileName), file.content);
    }
  });

  const names = ['event-documentation.md', 'event-documentation.html', 'event-documentation.json', 'next-steps.csv', 'organizer-report.md', 'organizer-report.html', 'organizer-report.json'];
  for (const name of names) {
    it(`matches test/golden/demo/${name}`, function () {
      const file = files.find((f) => f.fileName === name);
      assert.ok(file, `${name} was not rendered`);
      const golden = join(GOLDEN, name);
      assert.ok(existsSync(golden), `${golden} is missing: run the tests with UPDATE_GOLDEN=1 once`);
      // Compared as bytes: a BOM or a CRLF that went missing is a difference too.
      assert.ok(
        Buffer.from(file.content as string, 'utf8').equals(readFileSync(golden)),
        `${name} differs from the golden file; if the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff`,
      );
    });
  }

  it('gives byte-identical text files on a second run', async function () {
    const again = await renderDemo();
    assert.deepEqual(again.filter(isText), files.filter(isText));
  });

  it('renders the Word file of the public documentation, marked as generated', function () {
    const docx = files.find((f) => f.fileName === 'event-documentation.docx');
    assert.ok(docx && docx.content instanceof Uint8Array && isGeneratedDocx(docx.content), 'event-documentation.docx is missing or unmarked');
    assert.ok(!files.some((f) => f.fileName === 'organizer-report.docx'));
  });

  it("renders every format of the report it built (the pipeline renders once, in the report's language)", async function () {
    const event = await loadEvent(DEMO, { today: TODAY }, cliTexts('en'));
    assert.ok(event.documentation.report.sessions.length >= 10);
    assert.deepEqual([...renderAll(event.documentation.publicReport), ...renderAll(event.documentation.report)], files.filter(isText));
  });
});
