// Images of protocols: which count, which are carried, what the documentation shows, and missing-image where a file is not there.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildEventDocumentation } from '../../server/src/app/eventDocumentation';
import { checkImages } from '../../server/src/app/images';
import { inThreadJobs } from '../../server/src/app/jobs';
import type { FileContent, FileStat, Workspace } from '../../server/src/app/workspace';
import { imageTarget, parseEventPlan, parseSession } from '../../server/src/core';
import { renderHtml, renderMarkdown } from '../../server/src/core/report';

/** The built CLI, in a C locale (English messages). */
function runCli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [resolve('dist/cli.js'), ...args], { cwd, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const CAMP = 'file:///camp';
const URI = `${CAMP}/sessions/a.session.md`;

describe('images of a protocol', () => {
  it('counts the images from files of its own, by path relative to the protocol', () => {
    const text = [
      '# T',
      '',
      '## Fotos',
      '',
      '![Flipchart](fotos/flip%20chart.jpg) ![Web](https://example.org/x.png) ![Daten](data:image/png;base64,AAAA)',
      '',
      '![Wurzel](/etc/x.png) ![Ref][f] ![Leer]()',
      '',
      '- ![Im Punkt](../bilder/b.PNG?v=2#oben)',
      '',
      '[f]: skizze.webp',
    ].join('\n');
    assert.deepEqual(
      parseSession(text, URI).images.map((i) => [i.url, i.path, i.range.start.line]),
      [
        ['fotos/flip%20chart.jpg', 'fotos/flip chart.jpg', 4],
        ['skizze.webp', 'skizze.webp', 6],
        ['../bilder/b.PNG?v=2#oben', '../bilder/b.PNG', 8],
      ],
    );
    assert.deepEqual(parseSession('# T\n\nKein Bild, nur ein ! und [x].\n', URI).images, []);
  });

  it('carries a file inside the event folder of an image type, under a stable name of its own', () => {
    const target = imageTarget(URI, 'fotos/flip chart.jpg', CAMP);
    assert.ok(!('refused' in target));
    assert.equal(target.uri, `${CAMP}/sessions/fotos/flip%20chart.jpg`);
    assert.match(target.asset, /^flip-chart-[0-9a-z]{6}\.jpg$/u);
    assert.deepEqual(imageTarget(URI, 'fotos/flip chart.jpg', CAMP), target, 'the same file, the same name');
    const other = imageTarget(`${CAMP}/b.session.md`, 'sessions/fotos/flip chart.jpg', CAMP);
    assert.deepEqual(other, target, 'one file named from two protocols is one copy');
    const namesake = imageTarget(`${CAMP}/b.session.md`, 'fotos/flip chart.jpg', CAMP);
    assert.ok(!('refused' in namesake) && namesake.asset !== target.asset, 'two files of the same name are two copies');
    assert.deepEqual(imageTarget(URI, '../bilder/Ärger über Ö.PNG', CAMP), {
      uri: `${CAMP}/bilder/%C3%84rger%20%C3%BCber%20%C3%96.PNG`,
      asset: (imageTarget(URI, '../bilder/Ärger über Ö.PNG', CAMP) as { asset: string }).asset,
    });
    assert.match((imageTarget(URI, '../bilder/Ärger über Ö.PNG', CAMP) as { asset: string }).asset, /^rger-ber-[0-9a-z]{6}\.png$/u);
  });

  it('compares folders by their decoded segments, whatever encoding the host gave', () => {
    const folder = 'file:///C:/Users/Amt/Barcamp%20(2024)';
    const target = imageTarget('file:///c%3A/Users/Amt/Barcamp%20%282024%29/sessions/a.session.md', 'fotos/flip.jpg', folder);
    assert.ok(!('refused' in target), JSON.stringify(target));
    assert.equal(target.uri, `${folder}/sessions/fotos/flip.jpg`);
  });

  it('never carries a file from outside the event folder, nor one that could hold script', () => {
    for (const path of ['..\\..\\..\\secret.jpg', '../../x/../../secret.jpg', '.. /secret.jpg', '... /x.jpg', 'c:/secret.jpg', 'fotos/a\u0000.jpg']) {
      assert.deepEqual(imageTarget(URI, path, CAMP), { refused: 'outside' }, path);
    }
    assert.deepEqual(
      parseSession('![x](..%5C..%5C..%5Csecret.jpg)\n', URI).images.map((i) => imageTarget(URI, i.path, CAMP)),
      [{ refused: 'outside' }],
    );
    assert.doesNotThrow(() => imageTarget(URI, 'a\uD800b.png', CAMP));
    assert.deepEqual(imageTarget(URI, '../../etc/passwd.png', CAMP), { refused: 'outside' });
    assert.deepEqual(imageTarget(URI, '../../camp-other/x.png', CAMP), { refused: 'outside' });
    assert.deepEqual(imageTarget(URI, 'zeichnung.svg', CAMP), { refused: 'type' });
    assert.deepEqual(imageTarget(URI, 'notizen.html', CAMP), { refused: 'type' });
    assert.deepEqual(imageTarget(URI, 'ohne-endung', CAMP), { refused: 'type' });
  });
});

/** A workspace in memory whose `stat` answers for the files given (and says `missing` for the rest). */
function memoryWorkspace(files: Record<string, FileContent>, stats: Record<string, FileStat> = {}): Workspace {
  return {
    findFiles: async () => Object.keys(files).filter((u) => u.endsWith('.session.md') || u.endsWith('/barcamp.json')),
    read: async (uri) => files[uri] ?? { error: 'missing' },
    stat: async (uri) => stats[uri] ?? (files[uri] ? { size: 1 } : { error: 'missing' }),
  };
}

describe('the documentation carries the images along', () => {
  const protocol = ['# Werkstatt', '', '## Ergebnisse', '', '![Flipchart](fotos/flip.jpg)', '', '![Fehlt](fotos/fehlt.jpg)', '', '![Skizze](skizze.svg)', '', '## Nächste Schritte', '- keine'].join(
    '\n',
  );
  const files: Record<string, FileContent> = {
    [`${CAMP}/barcamp.json`]: { text: JSON.stringify({ name: 'Camp', language: 'de' }) },
    [URI]: { text: protocol },
    [`${CAMP}/sessions/fotos/flip.jpg`]: { bytes: new Uint8Array([0xff, 0xd8, 0xff]) },
    [`${CAMP}/sessions/skizze.svg`]: { text: '<svg onload="alert(1)"/>' },
  };

  it('shows a carried image from its copy, names the missing and refused ones on their lines', async () => {
    const workspace = memoryWorkspace(files);
    const plan = parseEventPlan(JSON.stringify({ name: 'Camp', language: 'de' }), `${CAMP}/barcamp.json`).plan;
    const doc = await buildEventDocumentation(workspace, inThreadJobs(), { folderUri: CAMP, plan, sessionUris: [URI] }, { today: '2017-03-01' });
    const flip = imageTarget(URI, 'fotos/flip.jpg', CAMP) as { asset: string; uri: string };
    assert.deepEqual(doc.assets, [{ fileName: flip.asset, sourceUri: flip.uri }]);
    const html = renderHtml(doc.report);
    assert.match(html, new RegExp(`<img src="assets/${flip.asset}" alt="Flipchart" loading="lazy">`, 'u'));
    assert.doesNotMatch(html, /onload|<svg/u);
    assert.match(renderMarkdown(doc.report), new RegExp(`!\\[Flipchart\\]\\(<assets/${flip.asset}>\\)`, 'u'));
    assert.deepEqual(
      doc.report.sessions[0].diagnostics.filter((d) => d.code === 'missing-image').map((d) => [d.line, d.args.variant ?? 'missing', d.severity]),
      [
        [7, 'missing', 'warning'],
        [9, 'type', 'warning'],
      ],
    );
  });

  it('a host that cannot look at files reports nothing about images and carries none', async () => {
    const { stat: _stat, ...blind } = memoryWorkspace(files);
    assert.deepEqual(await checkImages(blind, { uri: URI, images: parseSession(protocol, URI).images }, CAMP), { problems: [], carried: [] });
  });
});

describe('barcamp aggregate and check with images', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'barcamp-images-'));
    writeFileSync(join(dir, 'barcamp.json'), JSON.stringify({ name: 'Camp', language: 'de', days: [{ day: 1, date: '2017-02-16' }] }));
    mkdirSync(join(dir, 'sessions', 'fotos'), { recursive: true });
    writeFileSync(join(dir, 'sessions', 'fotos', 'flip.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    writeFileSync(join(dir, 'sessions', 'a.session.md'), '# Werkstatt\n\n## Ergebnisse\n\n![Flipchart](fotos/flip.jpg)\n\n![Fehlt](fotos/weg.png)\n\n## Nächste Schritte\n- keine\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('copies the image into assets/ beside the documentation, byte for byte', () => {
    const result = runCli(['aggregate', dir, '--today', '2017-03-01'], dir);
    const target = imageTarget(pathToFileURL(join(dir, 'sessions', 'a.session.md')).toString(), 'fotos/flip.jpg', pathToFileURL(dir).toString()) as { asset: string };
    const copy = join(dir, 'dokumentation', 'assets', target.asset);
    assert.ok(existsSync(copy), result.stderr + result.stdout);
    assert.deepEqual([...readFileSync(copy)], [0xff, 0xd8, 0xff, 0xe0]);
    assert.match(readFileSync(join(dir, 'dokumentation', 'event-documentation.html'), 'utf8'), new RegExp(`src="assets/${target.asset}"`, 'u'));
    // The organizers' report beside it shows the image from its own folder.
    assert.deepEqual([...readFileSync(join(dir, 'dokumentation-intern', 'assets', target.asset))], [0xff, 0xd8, 0xff, 0xe0]);
    assert.match(readFileSync(join(dir, 'dokumentation-intern', 'organizer-report.html'), 'utf8'), new RegExp(`src="assets/${target.asset}"`, 'u'));
    // A second run replaces nothing and leaves the copy as it was.
    const again = runCli(['aggregate', dir, '--today', '2017-03-01'], dir);
    assert.match(again.stdout, new RegExp(`Unchanged: dokumentation/assets/${target.asset}`, 'u'));
  });

  it('never copies through a link at the assets folder', () => {
    const outside = mkdtempSync(join(tmpdir(), 'barcamp-outside-'));
    try {
      mkdirSync(join(dir, 'dokumentation'), { recursive: true });
      symlinkSync(outside, join(dir, 'dokumentation', 'assets'));
      const result = runCli(['aggregate', dir, '--today', '2017-03-01'], dir);
      assert.equal(result.code, 2, result.stderr);
      assert.deepEqual(readdirSync(outside), []);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('never copies a file that a linked folder brings in from outside', () => {
    const outside = mkdtempSync(join(tmpdir(), 'barcamp-outside-'));
    try {
      writeFileSync(join(outside, 'geheim.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      symlinkSync(outside, join(dir, 'sessions', 'verlinkt'));
      writeFileSync(join(dir, 'sessions', 'b.session.md'), '# Verlinkt\n\n## Ergebnisse\n\n![Geheim](verlinkt/geheim.png)\n\n## Nächste Schritte\n- keine\n');
      const result = runCli(['aggregate', dir, '--today', '2017-03-01'], dir);
      assert.match(result.stderr, /outside the event folder/u);
      const copies = existsSync(join(dir, 'dokumentation', 'assets')) ? readdirSync(join(dir, 'dokumentation', 'assets')) : [];
      assert.ok(!copies.some((name) => name.startsWith('geheim')), copies.join(', '));
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('check names the missing image on its line, and no longer once it is there', () => {
    const first = runCli(['check', dir], dir);
    assert.match(first.stdout, /a\.session\.md:7:\d+.*weg\.png/u);
    writeFileSync(join(dir, 'sessions', 'fotos', 'weg.png'), Buffer.from([0x89, 0x50]));
    const second = runCli(['check', dir], dir);
    assert.doesNotMatch(second.stdout, /weg\.png/u);
  });
});
