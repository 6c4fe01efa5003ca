// End-to-end test of the page of `attache serve` in a real headless browser:
// Debian's chromium driven by playwright-core (from web/node_modules).
//
//   node tests/serve/browser_test.mjs ATTACHE SRCDIR WEBDIR [SCREENSHOT_DIR]
//
// A store is ingested from the example corpus (examples/), a document with
// hostile markup is posted through the API, and the page is checked: pick
// RUS and VNM, the timeline and the table show the events the API has, an
// event opens its article with the evidence sentence highlighted, the
// hostile document shows its markup as text and runs none of it, nothing
// is fetched from anywhere but the server, and the CSV export holds the
// table.  Exit 77 (skipped) only when no chromium is installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [attache, src, web, shots] = process.argv.slice(2);
if (!attache || !src || !web) {
  console.error('usage: browser_test.mjs ATTACHE SRCDIR WEBDIR [SCREENSHOT_DIR]');
  process.exit(2);
}
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromiumPath) {
  console.log('SKIP: no chromium installed (apt-get install chromium)');
  process.exit(77);
}
const require = createRequire(join(src, 'web', 'package.json'));
const { chromium } = require('playwright-core');
if (!existsSync(join(web, 'index.html'))) {
  console.error(`FAIL: the page is not built in ${web} (make, or sh web/build.sh)`);
  process.exit(1);
}

let failures = 0;
function check(cond, what) {
  if (cond) console.log('ok   ' + what);
  else { console.log('FAIL ' + what); failures++; }
}

const tmp = mkdtempSync(join(tmpdir(), 'attache-browser-'));
const db = join(tmp, 'store.db');
const TOKEN = 'browser-test-token';
let server = null;
let browser = null;

async function main() {
  const ing = spawnSync(attache, ['ingest', '--db', db, '-q', join(src, 'examples')], { encoding: 'utf8' });
  if (ing.status !== 0 && ing.status !== 1) throw new Error('ingest failed: ' + ing.stderr);

  server = spawn(attache, ['serve', '--db', db, '--listen', '127.0.0.1:0', '--token', TOKEN, '--web', web, '--rate', '0'],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  const base = await new Promise((resolve, reject) => {
    let err = '';
    const t = setTimeout(() => reject(new Error('attache serve did not start: ' + err)), 15000);
    server.stderr.on('data', (d) => {
      err += d;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(err);
      if (m) { clearTimeout(t); resolve(`http://127.0.0.1:${m[1]}`); }
    });
    server.on('exit', (c) => reject(new Error(`attache serve exited (${c}): ${err}`)));
  });
  const api = async (path, init) => {
    const r = await fetch(base + '/api' + path, init);
    return { status: r.status, body: await r.json() };
  };

  // a hostile document, through the write API
  const hostile = {
    id: 'hostile-1',
    published: '2025-11-17',
    title: 'Talks <img src=x onerror="window.__pwned=3">',
    text: 'HANOI, Nov 17 — Vietnamese Foreign Minister Bui Thanh Son held talks with Russian Foreign Minister ' +
      'Sergei Lavrov in Hanoi on Monday. <script>window.__pwned=1</script> The ministers also discussed ' +
      'trade. <img src=x onerror="window.__pwned=2"> <b>bold</b> &amp; done.',
  };
  const posted = await api('/documents', { method: 'POST', headers: { Authorization: 'Bearer ' + TOKEN, 'Content-Type': 'application/json' },
    body: JSON.stringify(hostile) });
  check(posted.status === 201, `POST /api/documents stores the hostile document (${posted.status})`);

  const dyad = (await api('/dyads/RUS-VNM')).body;
  const listed = (await api('/events?pair=RUS,VNM&limit=50')).body.events;
  check(dyad.events > 0 && listed.length > 0, `the store has RUS-VNM events (${dyad.events})`);

  browser = await chromium.launch({ executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await ctx.newPage();
  const foreign = [];
  const errors = [];
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(base) && !u.startsWith('blob:') && !u.startsWith('data:')) foreign.push(u); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

  await page.goto(base + '/', { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
  check(true, 'the page loads and shows the first country');

  // pick the pair
  await page.selectOption('#country-a', 'RUS');
  await page.selectOption('#country-b', 'VNM');
  await page.evaluate(() => { document.body.dataset.ready = '0'; });
  await page.click('#show');
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });

  // timeline
  const summary = await page.textContent('#timeline-summary');
  check(summary.includes(`RUS–VNM: ${dyad.events} events`), `timeline summary counts ${dyad.events} events: "${summary}"`);
  const tl = await page.evaluate(() => window.attache.timeline);
  const placed = tl.series.reduce((n, p) => n + p.events, 0);
  check(placed === dyad.events - dyad.imprecise, `timeline places ${placed} events in weeks, as the API does`);
  check(await page.locator('#timeline canvas').count() > 0, 'timeline is drawn (uPlot canvas)');
  check(await page.locator('#network canvas').count() > 0, 'network is drawn (cytoscape canvas)');

  const edges = await page.evaluate(() => window.attache.dyads.length);
  check(edges > 0, `network has ${edges} pairs`);
  // edge colours: by level (the API's level of each pair), by the mean
  // Goldstein of the last 90 days (grey when none), by the period's mean
  const LEVEL_COLOUR = { comprehensive_strategic_partnership: '#08519c', strategic_partnership: '#2171b5' };
  const rv = (await page.evaluate(() => window.attache.dyads)).find((d) => d.pair.join('-') === 'RUS-VNM');
  await page.selectOption('#colour-by', 'recent');
  check((await page.textContent('#network-legend')).includes('90 days'), 'network coloured by recent Goldstein');
  const recent = await page.evaluate(() => window.attache.edgeColours['RUS-VNM']);
  check(rv.recent_goldstein_mean == null ? recent === '#dddddd' : recent.startsWith('rgb('),
    `RUS–VNM edge by recent Goldstein (${rv.recent_goldstein_mean}): ${recent}`);
  await page.selectOption('#colour-by', 'goldstein');
  const mean = await page.evaluate(() => window.attache.edgeColours['RUS-VNM']);
  check(rv.goldstein_mean > 0 && /^rgb\((\d+),(\d+),(\d+)\)$/.test(mean) && +mean.split(',')[1] > +mean.slice(4).split(',')[0],
    `RUS–VNM edge by mean Goldstein (${rv.goldstein_mean}) is green: ${mean}`);
  await page.selectOption('#colour-by', 'level');
  check((await page.textContent('#network-legend')).includes('strategic partnership'), 'network coloured by level');
  const lvl = await page.evaluate(() => window.attache.edgeColours['RUS-VNM']);
  check(LEVEL_COLOUR[rv.level] && lvl === LEVEL_COLOUR[rv.level], `RUS–VNM edge by level (${rv.level}): ${lvl}`);

  // table
  const rows = page.locator('#events tbody tr[data-event]');
  const n = await rows.count();
  check(n === listed.length, `table shows ${n} events, the API ${listed.length}`);
  const ids = await rows.evaluateAll((trs) => trs.map((t) => t.dataset.event));
  check(JSON.stringify(ids) === JSON.stringify(listed.map((e) => e.id)), 'table rows are the API events in order');
  // the table's filters: a quad class, a person, words
  const tableIs = (want) => page.waitForFunction((w) => JSON.stringify([...document.querySelectorAll('#events tbody tr[data-event]')]
    .map((t) => t.dataset.event)) === w, JSON.stringify(want), { timeout: 10000 }).then(() => true, () => false);
  // the quad class: one that keeps some of the pair's events and drops others,
  // else (every event of one class) one that drops them all
  let quadVal = null, quadEmpty = null;
  for (const q of ['1', '2', '3', '4']) {
    const m = (await api(`/events?pair=RUS,VNM&limit=50&quad=${q}`)).body.events.length;
    if (m > 0 && m < listed.length && quadVal === null) quadVal = q;
    if (m === 0 && quadEmpty === null) quadEmpty = q;
  }
  quadVal = quadVal || quadEmpty;
  for (const [sel, val, k] of [['#f-quad', quadVal, 'quad'], ['#f-person', 'Lavrov', 'person'], ['#f-text', 'переговоры', 'text']]) {
    if (sel === '#f-quad') await page.selectOption(sel, val); else await page.fill(sel, val);
    const want = (await api(`/events?pair=RUS,VNM&limit=50&${k}=${encodeURIComponent(val)}`)).body.events.map((e) => e.id);
    await page.click('#event-filters button[type=submit]');
    const narrows = k === 'quad' ? want.length < listed.length : want.length > 0 && want.length < listed.length;
    check(narrows && await tableIs(want), `table filtered by ${k}=${val}: ${want.length} events, as the API`);
    if (sel === '#f-quad') await page.selectOption(sel, ''); else await page.fill(sel, '');
  }
  await page.click('#event-filters button[type=submit]');
  check(await tableIs(listed.map((e) => e.id)), 'no filter: the whole table again');
  const ours = listed.find((e) => e.first_doc === 'hostile-1');
  check(!!ours, 'the posted document\'s event is in the table');

  // the article behind an event: the example corpus's Rudenko talks, else the first
  const pick = listed.find((e) => e.first_doc === 'ru-01' && e.type === 'CONSULT' && e.date === '2025-11-03') ||
    listed.find((e) => e.first_doc && e.evidence);
  await page.click(`#events tbody tr[data-event="${pick.id}"]`);
  await page.waitForSelector('#article mark.current', { timeout: 10000 });
  const doc = (await api('/documents/' + encodeURIComponent(pick.first_doc))).body;
  const ev = doc.events.find((e) => e.event === pick.id);
  const bytes = Buffer.from(doc.text, 'utf8');
  const want = bytes.subarray(ev.span.start, ev.span.end).toString('utf8');
  const got = (await page.locator('#article mark.current').allTextContents()).join('');
  check(got === want, `article highlights the evidence sentence: "${got.slice(0, 80)}"`);
  check(got === ev.evidence.text, 'the highlighted sentence is the evidence the record gives');
  check(await page.isVisible('#article mark.current'), 'the highlighted sentence is on screen');
  check((await page.textContent('#article-title')) === doc.title, 'article title shown as stored');
  const personMarks = await page.locator('#article mark.m-person').count();
  check(doc.persons.length === 0 || personMarks > 0, `persons are marked in the article (${personMarks})`);
  if (shots) {
    mkdirSync(shots, { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shots, 'serve-overview.png'), fullPage: false });
    await page.locator('#article-panel').screenshot({ path: join(shots, 'serve-article.png') });
  }

  // CSV export of the table
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-events')]);
  const csv = readFileSync(await dl.path(), 'utf8').replace(/^\ufeff/, '').trim().split(/\r\n/);
  check(csv[0].startsWith('id,date,type') && csv.length === n + 1, `CSV export holds the header and ${n} rows`);
  check(csv.slice(1).map((l) => l.split(',')[0]).join(' ') === ids.join(' '), 'CSV rows are the table rows, in order');
  const [tdl] = await Promise.all([page.waitForEvent('download'), page.click('#export-timeline')]);
  const tcsv = readFileSync(await tdl.path(), 'utf8').replace(/^\ufeff/, '').trim().split(/\r\n/);
  check(tcsv[0] === 'week,start,events,q1,q2,q3,q4,goldstein' && tcsv.length === tl.series.length + 1 &&
    tcsv.slice(1).every((l, i) => l.startsWith(tl.series[i].period + ',' + tl.series[i].start + ',' + tl.series[i].events + ',')),
    `CSV export of the timeline: ${tl.series.length} weeks`);
  const [ndl] = await Promise.all([page.waitForEvent('download'), page.click('#export-network')]);
  const ncsv = readFileSync(await ndl.path(), 'utf8').replace(/^\ufeff/, '').trim().split(/\r\n/);
  check(ncsv[0].startsWith('country_a,country_b,events') && ncsv.length === edges + 1 && ncsv.some((l) => l.startsWith('RUS,VNM,' + rv.events + ',')),
    `CSV export of the network: ${edges} pairs`);

  // persons: the list for the pair, one person's articles and events, and
  // an article opened from there with that person's mentions marked
  await page.waitForSelector('#persons li[data-name]', { timeout: 10000 });
  const apiPersons = new Set([...(await api('/persons?country=RUS&limit=100')).body.persons,
    ...(await api('/persons?country=VNM&limit=100')).body.persons].map((p) => p.name));
  const shownPersons = await page.locator('#persons li[data-name]').evaluateAll((lis) => lis.map((l) => l.dataset.name));
  check(shownPersons.length === apiPersons.size && shownPersons.every((x) => apiPersons.has(x)),
    `persons list shows the ${apiPersons.size} persons of RUS and VNM the API has (${shownPersons.length})`);
  check(shownPersons.includes('Sergei Lavrov'), 'Sergei Lavrov is in the persons list');
  await page.click('#persons li[data-name="Sergei Lavrov"]');
  await page.waitForSelector('#person-docs li', { timeout: 10000 });
  const lav = (await api('/persons/' + encodeURIComponent('Sergei Lavrov') + '?limit=200')).body;
  const pdocs = await page.locator('#person-docs a').evaluateAll((as) => as.map((a) => a.dataset.doc));
  check(JSON.stringify(pdocs) === JSON.stringify(lav.documents.map((d) => d.doc)),
    `the person's articles are the API's (${pdocs.length}: ${pdocs.join(' ')})`);
  const pevs = await page.locator('#person-events tbody tr').evaluateAll((trs) => trs.map((t) => t.dataset.event));
  check(pevs.length > 0 && JSON.stringify(pevs) === JSON.stringify(lav.events.map((e) => e.id)),
    `the person's events are the API's (${pevs.length})`);
  check(lav.events.every((e) => [e.source_name, e.target_name].join(' ').includes('Lavrov')), 'each of them has Lavrov as an actor');
  check((await page.evaluate(() => location.hash)).includes('person=Sergei+Lavrov'), 'the person is kept in the address');
  const pd = lav.documents.find((d) => d.doc === 'hostile-1') || lav.documents[0];
  await page.click(`#person-docs a[data-doc="${pd.doc}"]`);
  await page.waitForFunction((id) => window.attache.doc && window.attache.doc.id === id, pd.doc, { timeout: 10000 });
  await page.waitForSelector('#article mark.m-person.current', { timeout: 10000 });
  const pdoc = (await api('/documents/' + encodeURIComponent(pd.doc))).body;
  const pbytes = Buffer.from(pdoc.text, 'utf8');
  const wantMarks = pdoc.persons[pd.idx].spans.map((sp) => pbytes.subarray(sp.start, sp.end).toString('utf8'));
  const gotMarks = await page.locator('#article mark.m-person.current').allTextContents();
  check(wantMarks.length > 0 && JSON.stringify(gotMarks) === JSON.stringify(wantMarks),
    `the article marks every mention of the person: ${JSON.stringify(gotMarks)}`);
  check(gotMarks.every((t) => /Lavrov|Лавров/.test(t)), 'each marked mention is a spelling of his name');
  check(await page.isVisible('#facts li.f-person.current'), 'the person is marked in the list of facts');
  const [pdl] = await Promise.all([page.waitForEvent('download'), page.click('#export-persons')]);
  const pcsv = readFileSync(await pdl.path(), 'utf8').replace(/^\ufeff/, '').trim().split(/\r\n/);
  check(pcsv[0].startsWith('person,id,date') && pcsv.length === pevs.length + 1, `CSV export of the person's ${pevs.length} events`);
  if (shots) await page.locator('#persons-panel').screenshot({ path: join(shots, 'serve-persons.png') });

  // articles as written in each language, and HTML pages (exact spans):
  // a click on a fact marks its evidence, which is the record's
  for (const id of ['vi-01', 'en-01', 'en-australia-vietnam', 'ru-lavrov-laos']) {
    await page.goto('about:blank');
    await page.goto(base + '/#a=RUS&b=VNM&doc=' + id, { waitUntil: 'load' });
    await page.waitForFunction((d) => window.attache.doc && window.attache.doc.id === d, id, { timeout: 20000 });
    const d = (await api('/documents/' + id)).body;
    const b = Buffer.from(d.text, 'utf8');
    check((await page.getAttribute('#article', 'lang')) === d.lang, `${id}: the article is marked as ${d.lang} (offsets ${d.offsets})`);
    const facts = [...d.events.map((f, i) => ['event', i, [f.span]]), ...d.agreements.map((f, i) => ['agreement', i, [f.span]]),
      ...d.persons.map((f, i) => ['person', i, f.spans])];
    let good = 0;
    for (const [kind, i, spans] of facts) {
      await page.click(`#facts li[data-key="${kind}-${i}"]`);
      const got = await page.locator('#article mark.current').allTextContents();
      const want = spans.filter(Boolean).map((sp) => b.subarray(sp.start, sp.end).toString('utf8'));
      // overlapping marks split a span into pieces: compare what is covered
      if (got.join('') === want.join('') || (kind !== 'person' && got.join('') === want[0])) good++;
      else console.log(`     ${id} ${kind}-${i}: ${JSON.stringify(got)} != ${JSON.stringify(want)}`);
    }
    check(facts.length > 0 && good === facts.length, `${id}: each of ${facts.length} facts marks its evidence in the text`);
  }

  // the hostile document renders as text
  await page.goto('about:blank');
  await page.goto(base + '/#a=RUS&b=VNM&doc=hostile-1', { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
  await page.waitForFunction(() => window.attache.doc && window.attache.doc.id === 'hostile-1', null, { timeout: 10000 });
  await page.waitForTimeout(300);
  const art = await page.textContent('#article');
  check(art.includes('<script>window.__pwned=1</script>'), 'a <script> in the article is shown as text');
  check(art.includes('<img src=x onerror="window.__pwned=2">'), 'an <img onerror> in the article is shown as text');
  check(art.includes('<b>bold</b> &amp; done.'), 'markup and entities are shown as written');
  check((await page.textContent('#article-title')) === hostile.title, 'a hostile title is shown as text');
  check(await page.locator('#article script, #article img, #article b, #article-title img').count() === 0,
    'no element was made from the article');
  check(await page.evaluate(() => window.__pwned === undefined), 'no script from the article ran');
  if (shots) await page.locator('#article-panel').screenshot({ path: join(shots, 'serve-hostile.png') });

  check(foreign.length === 0, 'nothing fetched from outside the server' + (foreign.length ? ': ' + foreign.join(' ') : ''));
  check(errors.length === 0, 'no errors in the page' + (errors.length ? ': ' + errors.join(' | ') : ''));
}

try {
  await main();
} catch (e) {
  console.log('FAIL ' + (e.stack || e));
  failures++;
} finally {
  if (browser) await browser.close().catch(() => {});
  if (server && server.exitCode == null) {
    server.kill('SIGTERM');
    await new Promise((r) => { const t = setTimeout(r, 3000); server.on('exit', () => { clearTimeout(t); r(); }); });
  }
  rmSync(tmp, { recursive: true, force: true });
}
console.log(failures ? `${failures} check(s) failed` : 'all checks passed');
process.exit(failures ? 1 : 0);
