// The page of `attache serve`: pick a country or a pair and a period; see
// the timeline, the network of relations, the events, and the article
// behind each event with its evidence highlighted.
//
// Safety: every string that comes from the store (article text, names,
// titles) reaches the page through textContent or createTextNode, never
// through innerHTML; the server's Content-Security-Policy forbids inline
// scripts as a second line.  Everything here is bundled from npm at build
// time: nothing is fetched from the internet.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import cytoscape from 'cytoscape';
import './style.css';

const $ = (id) => document.getElementById(id);
const QUADS = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
const QUAD_COLOURS = ['#7fbf7b', '#1b7837', '#f4a582', '#b2182b'];
const LEVELS = ['diplomatic_relations', 'partnership', 'comprehensive_partnership', 'strategic_partnership',
  'comprehensive_strategic_partnership', 'extensive_strategic_partnership', 'alliance'];
const LEVEL_COLOURS = ['#9e9ac8', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b', '#54278f'];
const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const PAGE = 50;

// what the page shows, for CSV export and for tests
const state = { a: '', b: '', from: '', to: '', offset: 0, events: [], timeline: null, dyads: [], doc: null,
  persons: [], person: null };
window.attache = state;

// ------------------------------------------------------------ helpers

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k === 'data') for (const [dk, dv] of Object.entries(v)) e.dataset[dk] = dv;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c)));
  return e;
}

function setStatus(text, bad) {
  const s = $('status');
  s.textContent = text;
  s.classList.toggle('bad', !!bad);
}

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== '' && v != null) q.set(k, v);
  const url = '/api' + path + (q.toString() ? '?' + q : '');
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  let body;
  try { body = await r.json(); } catch (e) { body = { error: 'not JSON' }; }
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function csvCell(v) {
  if (v == null) return '';
  if (typeof v === 'number') return String(v);
  let s = String(v);
  // a spreadsheet must not take a name or a sentence for a formula
  if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

function download(name, header, rows) {
  const text = [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const url = URL.createObjectURL(new Blob(['\ufeff' + text], { type: 'text/csv;charset=utf-8' }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function filters() {
  const f = { from: state.from, to: state.to };
  if (state.b) f.pair = state.a + ',' + state.b;
  else f.country = state.a;
  return f;
}

function pairName() { return state.b ? `${state.a}–${state.b}` : state.a; }

// ------------------------------------------------------------ timeline

let plot = null;

async function loadTimeline() {
  const f = filters();
  const t = state.b
    ? await api(`/dyads/${encodeURIComponent(state.a)}-${encodeURIComponent(state.b)}`, { from: f.from, to: f.to, interval: 'week' })
    : await api('/timeline', { ...f, interval: 'week' });
  state.timeline = t;
  const q = t.quad;
  $('timeline-summary').textContent =
    `${pairName()}: ${t.events} events — ${QUADS.map((n, i) => `${q[i + 1]} ${n}`).join(', ')}; Goldstein sum ${t.goldstein}` +
    (t.imprecise ? `; ${t.imprecise} dated less precisely than a week` : '');
  const xs = t.series.map((p) => Date.parse(p.start + 'T00:00:00Z') / 1000);
  // stacked bars: quad 4 drawn first at the full height, quad 1 last at
  // its own; the legend shows each class's own count
  const cum = (k) => t.series.map((p) => [1, 2, 3, 4].filter((j) => j <= k).reduce((n, j) => n + p.quad[j], 0));
  const data = [xs, ...[4, 3, 2, 1].map(cum), t.series.map((p) => p.goldstein)];
  const box = $('timeline');
  if (plot) { plot.destroy(); plot = null; }
  box.textContent = '';
  if (!xs.length) {
    box.append(el('p', { class: 'empty' }, 'No dated events in this period.'));
    return;
  }
  const bars = uPlot.paths.bars({ size: [0.8, 40], align: 1 });
  const opts = {
    width: Math.max(320, box.clientWidth || 600),
    height: 260,
    scales: {
      // a week is a bar from its Monday to the next
      x: { time: true, range: (u, min, max) => [min, max + 7 * 86400] },
      n: { range: (u, min, max) => [0, Math.max(1, max)] },
      g: { range: (u, min, max) => [Math.min(0, min), Math.max(1, max)] },
    },
    axes: [{}, { scale: 'n', label: 'events' }, { scale: 'g', side: 1, label: 'Goldstein', grid: { show: false } }],
    series: [
      { label: 'week' },
      ...[3, 2, 1, 0].map((i) => ({ label: QUADS[i], scale: 'n', stroke: QUAD_COLOURS[i], fill: QUAD_COLOURS[i], paths: bars,
        points: { show: false }, value: (u, v, si, idx) => (idx == null ? '--' : t.series[idx].quad[i + 1]) })),
      { label: 'Goldstein', scale: 'g', stroke: '#333', width: 2 },
    ],
    legend: { show: true },
  };
  plot = new uPlot(opts, data, box);
}

// ------------------------------------------------------------ network

let cy = null;

function levelColour(level) {
  const i = LEVELS.indexOf(level);
  return i < 0 ? '#bbbbbb' : LEVEL_COLOURS[i];
}

function goldsteinColour(g) {
  // -10 red .. 0 grey .. +10 green
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a, b, k) => Math.round(a + (b - a) * k);
  const grey = [170, 170, 170], red = [178, 24, 43], green = [27, 120, 55];
  const c = t < 0 ? grey.map((v, i) => mix(v, red[i], -t)) : grey.map((v, i) => mix(v, green[i], t));
  return `rgb(${c.join(',')})`;
}

function drawLegend() {
  const box = $('network-legend');
  box.textContent = '';
  if ($('colour-by').value === 'level') {
    LEVELS.forEach((l, i) => box.append(el('span', { class: 'key' }, el('i', { style: `background:${LEVEL_COLOURS[i]}` }), l.replace(/_/g, ' '))));
    box.append(el('span', { class: 'key' }, el('i', { style: 'background:#bbbbbb' }), 'no level stated'));
  } else {
    [-10, -5, 0, 5, 10].forEach((g) => box.append(el('span', { class: 'key' }, el('i', { style: `background:${goldsteinColour(g)}` }), String(g))));
    if ($('colour-by').value === 'recent') box.append(el('span', { class: 'key' }, el('i', { style: 'background:#dddddd' }),
      `no events in the 90 days from ${state.recentFrom || '?'}`));
  }
}

function colourEdges() {
  if (!cy) return;
  const by = $('colour-by').value;
  state.edgeColours = {};
  cy.edges().forEach((e) => {
    const d = e.data();
    const g = by === 'recent' ? d.recent : d.mean;
    const colour = by === 'level' ? levelColour(d.level) : g == null ? '#dddddd' : goldsteinColour(g);
    e.style('line-color', colour);
    state.edgeColours[e.id()] = colour;
  });
  drawLegend();
}

async function loadNetwork() {
  const f = filters();
  const r = await api('/dyads', { country: state.a, from: f.from, to: f.to, limit: 60 });
  state.dyads = r.dyads;
  state.recentFrom = r.recent_from;
  const nodes = new Map();
  const edges = [];
  for (const d of r.dyads) {
    for (const c of d.pair) nodes.set(c, { data: { id: c, label: c } });
    edges.push({ data: { id: d.pair.join('-'), source: d.pair[0], target: d.pair[1], events: d.events,
      level: d.level || '', mean: d.goldstein_mean, recent: d.recent_goldstein_mean, width: 1 + Math.min(10, Math.sqrt(d.events) * 2) } });
  }
  if (cy) cy.destroy();
  const box = $('network');
  box.textContent = '';
  cy = cytoscape({
    container: box,
    elements: [...nodes.values(), ...edges],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'background-color': '#1f4e79', color: '#111',
        'text-valign': 'center', 'text-halign': 'center', 'text-outline-color': '#fff', 'text-outline-width': 2, width: 26, height: 26 } },
      { selector: `node[id = "${state.a.replace(/[^A-Z0-9]/g, '')}"]`, style: { 'background-color': '#c98e00' } },
      { selector: 'edge', style: { width: 'data(width)', 'curve-style': 'bezier', opacity: 0.85 } },
      { selector: 'edge:selected', style: { 'overlay-opacity': 0.2 } },
    ],
    layout: { name: nodes.size > 2 ? 'cose' : 'grid', animate: false, randomize: false, padding: 20 },
    userZoomingEnabled: true,
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'edge', (ev) => {
    const [a, b] = ev.target.id().split('-');
    const other = a === state.a ? b : b === state.a ? a : null;
    if (other) { $('country-b').value = other; } else { $('country-a').value = a; $('country-b').value = b; }
    show();
  });
  colourEdges();
}

async function loadRelation() {
  const box = $('relation');
  box.textContent = '';
  if (!state.b) return;
  const r = await api(`/relations/${encodeURIComponent(state.a)}-${encodeURIComponent(state.b)}`, { to: state.to });
  if (!r.relation) {
    box.append(el('p', { class: 'summary' }, `No relationship level stated for ${pairName()}.`));
    return;
  }
  const cur = r.relation;
  box.append(el('p', { class: 'summary' }, `${pairName()}: `, el('b', {}, cur.level.replace(/_/g, ' ')),
    cur.since ? ` since ${cur.since}` : '', ` (as stated ${cur.published || ''})`));
  const ol = el('ol', { class: 'history' });
  for (const h of r.history) {
    const a = el('a', { href: '#' }, h.doc);
    a.addEventListener('click', (e) => { e.preventDefault(); openDocument(h.doc, { kind: 'relation', idx: h.idx }); });
    ol.append(el('li', {}, `${h.since || h.published || '?'}: ${(h.level || '').replace(/_/g, ' ')} — `, a));
  }
  box.append(ol);
}

// ------------------------------------------------------------ events

async function loadEvents() {
  const f = filters();
  const p = { ...f, type: $('f-type').value, quad: $('f-quad').value, person: $('f-person').value.trim(),
    text: $('f-text').value.trim(), limit: PAGE, offset: state.offset };
  const r = await api('/events', p);
  state.events = r.events;
  state.next = r.next_offset;
  const tb = $('events').tBodies[0];
  tb.textContent = '';
  for (const e of r.events) {
    const ev = el('td', { class: 'evidence' }, e.evidence || '');
    const tr = el('tr', { data: { event: e.id, doc: e.first_doc || '' }, class: 'q' + (e.quad || 0), tabindex: '0' },
      el('td', {}, e.date || ''), el('td', {}, e.type + (e.mode ? ` (${e.mode})` : '')), el('td', {}, e.quad || ''),
      el('td', { class: 'num' }, e.goldstein == null ? '' : e.goldstein),
      el('td', {}, [e.source, e.source_name].filter(Boolean).join(' · ')),
      el('td', {}, [e.target, e.target_name].filter(Boolean).join(' · ')),
      el('td', {}, e.place || ''), el('td', { class: 'num' }, e.mentions), ev);
    const open = () => { if (e.first_doc) openDocument(e.first_doc, { kind: 'event', event: e.id }); };
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (k) => { if (k.key === 'Enter') open(); });
    tb.append(tr);
  }
  if (!r.events.length) tb.append(el('tr', {}, el('td', { colspan: '9', class: 'empty' }, 'No events.')));
  $('page').textContent = r.events.length ? `${state.offset + 1}–${state.offset + r.events.length}` : '';
  $('prev').disabled = state.offset === 0;
  $('next').disabled = r.next_offset == null;
}

// ------------------------------------------------------------ persons

// the persons of the chosen country (or of both countries of a pair), by
// the number of articles naming them
async function loadPersons() {
  const name = $('p-name').value.trim();
  const lists = await Promise.all([state.a, state.b].filter(Boolean).map((c) => api('/persons', { country: c, name, from: state.from, to: state.to, limit: 100 })));
  const seen = new Set();
  state.persons = lists.flatMap((r) => r.persons).filter((p) => !seen.has(p.name) && seen.add(p.name))
    .sort((x, y) => y.documents - x.documents || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const ol = $('persons');
  ol.textContent = '';
  for (const p of state.persons) {
    const li = el('li', { data: { name: p.name }, tabindex: '0', class: state.person && state.person.name === p.name ? 'current' : '' },
      p.name, p.native && p.native !== p.name ? ` (${p.native})` : '',
      el('span', { class: 'note' }, [p.country, p.role, `${p.documents} article${p.documents === 1 ? '' : 's'}`].filter(Boolean).join(' · ')));
    const open = () => openPerson(p.name).catch((x) => setStatus(x.message, true));
    li.addEventListener('click', open);
    li.addEventListener('keydown', (k) => { if (k.key === 'Enter') open(); });
    ol.append(li);
  }
  if (!state.persons.length) ol.append(el('li', { class: 'empty' }, 'No persons named.'));
  if (state.person) await openPerson(state.person.name);
  else $('person').textContent = '';
}

// one person: the articles naming them (each opens with their mentions
// marked) and their events in the period (each opens its article)
async function openPerson(name) {
  const r = await api('/persons/' + encodeURIComponent(name), { from: state.from, to: state.to, limit: 200 });
  state.person = r;
  const h = new URLSearchParams(location.hash.slice(1));
  h.set('person', r.name);
  history.replaceState(null, '', '#' + h);
  for (const li of document.querySelectorAll('#persons li')) li.classList.toggle('current', li.dataset.name === r.name);
  const box = $('person');
  box.textContent = '';
  const first = r.documents[0] || {};
  box.append(el('h3', {}, r.name, first.native && first.native !== r.name ? ` (${first.native})` : ''));
  const roles = [...new Set(r.documents.map((d) => [d.role, d.country].filter(Boolean).join(', ')).filter(Boolean))];
  if (roles.length) box.append(el('p', { class: 'summary' }, roles.join('; ')));
  box.append(el('p', { class: 'summary' }, `Named in ${r.documents.length} article${r.documents.length === 1 ? '' : 's'}:`));
  const ul = el('ul', { id: 'person-docs' });
  for (const d of r.documents) {
    const a = el('a', { href: '#', data: { doc: d.doc, idx: String(d.idx) } }, d.title || d.doc);
    a.addEventListener('click', (e) => { e.preventDefault(); openDocument(d.doc, { kind: 'person', idx: d.idx }).catch((x) => setStatus(x.message, true)); });
    ul.append(el('li', {}, `${d.published || '?'} `, a, d.lang ? ` (${d.lang})` : '', d.role ? ` — ${d.role}` : ''));
  }
  box.append(ul);
  const period = [state.from, state.to].some(Boolean) ? ` from ${state.from || 'the start'} to ${state.to || 'now'}` : '';
  box.append(el('p', { class: 'summary' }, r.events.length
    ? `${r.events.length}${r.next_offset != null ? '+' : ''} event${r.events.length === 1 ? '' : 's'} with ${r.name} as an actor${period}:`
    : `No events with ${r.name} as an actor${period}.`));
  if (!r.events.length) return;
  const t = el('table', { id: 'person-events' }, el('thead', {}, el('tr', {}, ...['date', 'type', 'source', 'target', 'evidence'].map((c) => el('th', {}, c)))));
  const tb = el('tbody');
  for (const e of r.events) {
    const tr = el('tr', { data: { event: e.id, doc: e.first_doc || '' }, class: 'q' + (e.quad || 0), tabindex: '0' },
      el('td', {}, e.date || ''), el('td', {}, e.type + (e.mode ? ` (${e.mode})` : '')),
      el('td', {}, [e.source, e.source_name].filter(Boolean).join(' · ')),
      el('td', {}, [e.target, e.target_name].filter(Boolean).join(' · ')), el('td', { class: 'evidence' }, e.evidence || ''));
    const open = () => { if (e.first_doc) openDocument(e.first_doc, { kind: 'event', event: e.id }).catch((x) => setStatus(x.message, true)); };
    tr.addEventListener('click', open);
    tr.addEventListener('keydown', (k) => { if (k.key === 'Enter') open(); });
    tb.append(tr);
  }
  t.append(tb);
  box.append(t);
}

// ------------------------------------------------------------ article

const enc = new TextEncoder();
const dec = new TextDecoder();

// the text cut at every span boundary (spans are UTF-8 byte offsets)
function renderText(text, marks) {
  const bytes = enc.encode(text);
  const cuts = new Set([0, bytes.length]);
  for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].filter((x) => x >= 0 && x <= bytes.length).sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const piece = dec.decode(bytes.subarray(s, e));
    const over = marks.filter((m) => m.start <= s && m.end >= e && m.end > m.start);
    if (!over.length) { frag.append(document.createTextNode(piece)); continue; }
    const span = el('mark', { class: [...new Set(over.map((m) => m.cls))].join(' ') }, piece);
    span.dataset.facts = over.map((m) => m.key).join(' ');
    frag.append(span);
  }
  return frag;
}

function factLabel(kind, f) {
  if (kind === 'event') {
    const who = (s) => (s ? [s.country, s.name].filter(Boolean).join(' ') : '—');
    return `${f.type}${f.mode ? ' (' + f.mode + ')' : ''}: ${who(f.source)} → ${who(f.target)}, ${f.date || 'undated'}`;
  }
  if (kind === 'agreement') return `${f.kind} (${f.sector}): ${(f.parties || []).map((p) => p.country || p.org).join(', ')}${f.date ? ', ' + f.date : ''}`;
  if (kind === 'relation') return `${(f.level || '').replace(/_/g, ' ')}: ${(f.countries || []).join('–')}${f.since ? ' since ' + f.since : ''}`;
  return `${f.name}${f.native && f.native !== f.name ? ' (' + f.native + ')' : ''}${f.role ? ', ' + f.role : ''}${f.country ? ', ' + f.country : ''}`;
}

async function openDocument(id, focus) {
  const d = await api('/documents/' + encodeURIComponent(id));
  state.doc = d;
  const h = new URLSearchParams(location.hash.slice(1));
  h.set('doc', d.id);
  history.replaceState(null, '', '#' + h);
  const panel = $('article-panel');
  panel.hidden = false;
  $('article-title').textContent = d.title || d.id;
  $('article-meta').textContent = [d.source, d.published, d.lang, d.url, `id ${d.id}`].filter(Boolean).join(' · ');
  const art = $('article');
  art.lang = d.lang || '';
  art.textContent = '';
  const facts = $('facts');
  facts.textContent = '';
  const marks = [];
  let current = null;
  const add = (kind, f, i, spans) => {
    const key = `${kind}-${i}`;
    const isCurrent = focus && focus.kind === kind &&
      ((kind === 'event' && f.event === focus.event) || (kind !== 'event' && focus.idx === i));
    const cls = `m-${kind}` + (kind === 'event' ? ` q${f.quad || ''}` : '') + (isCurrent ? ' current' : '');
    for (const s of spans) if (s) marks.push({ start: s.start, end: s.end, cls, key });
    const li = el('li', { class: `fact f-${kind}` + (isCurrent ? ' current' : ''), data: { key } }, el('b', {}, kind), ' ', factLabel(kind, f));
    if (!spans.some(Boolean)) li.append(el('span', { class: 'note' }, ' (sentence not found in the stored text)'));
    li.addEventListener('click', () => highlight(key));
    facts.append(li);
    if (isCurrent) current = key;
  };
  d.events.forEach((f, i) => add('event', f, i, [f.span]));
  d.agreements.forEach((f, i) => add('agreement', f, i, [f.span]));
  d.relations.forEach((f, i) => add('relation', f, i, [f.span]));
  d.persons.forEach((f, i) => add('person', f, i, f.spans || []));
  if (d.text == null) art.append(el('p', { class: 'empty' }, 'The store keeps no text for this document (ingested with --coded).'));
  else art.append(renderText(d.text, marks));
  const legend = $('article-legend');
  legend.textContent = '';
  for (const [k, n] of [['event', 'event evidence'], ['agreement', 'agreement'], ['relation', 'relationship level'], ['person', 'person']])
    legend.append(el('span', { class: 'key' }, el('i', { class: 'sw-' + k }), n));
  if (current) highlight(current);
  else panel.scrollIntoView({ block: 'start' });
}

function highlight(key) {
  for (const m of document.querySelectorAll('#article mark.current, #facts li.current')) m.classList.remove('current');
  let first = null;
  for (const m of document.querySelectorAll('#article mark')) {
    if (m.dataset.facts.split(' ').includes(key)) { m.classList.add('current'); first = first || m; }
  }
  const li = document.querySelector(`#facts li[data-key="${key}"]`);
  if (li) li.classList.add('current');
  (first || $('article-panel')).scrollIntoView({ block: 'center' });
}

// ------------------------------------------------------------ export

function exportEvents() {
  download(`attache-events-${pairName()}.csv`,
    ['id', 'date', 'type', 'mode', 'quad', 'cameo', 'goldstein', 'source', 'source_name', 'target', 'target_name', 'place', 'mentions', 'first_doc', 'evidence'],
    state.events.map((e) => [e.id, e.date, e.type, e.mode, e.quad, e.cameo, e.goldstein, e.source, e.source_name, e.target, e.target_name, e.place, e.mentions, e.first_doc, e.evidence]));
}

function exportTimeline() {
  if (!state.timeline) return;
  download(`attache-timeline-${pairName()}.csv`, ['week', 'start', 'events', 'q1', 'q2', 'q3', 'q4', 'goldstein'],
    state.timeline.series.map((p) => [p.period, p.start, p.events, p.quad[1], p.quad[2], p.quad[3], p.quad[4], p.goldstein]));
}

// the person shown (their events), else the list of persons
function exportPersons() {
  const p = state.person;
  if (p) {
    download(`attache-person-${p.name}.csv`, ['person', 'id', 'date', 'type', 'mode', 'quad', 'goldstein', 'source', 'source_name', 'target', 'target_name', 'first_doc', 'evidence'],
      p.events.map((e) => [p.name, e.id, e.date, e.type, e.mode, e.quad, e.goldstein, e.source, e.source_name, e.target, e.target_name, e.first_doc, e.evidence]));
  } else {
    download(`attache-persons-${pairName()}.csv`, ['name', 'native', 'country', 'role', 'documents'],
      state.persons.map((x) => [x.name, x.native, x.country, x.role, x.documents]));
  }
}

function exportNetwork() {
  download(`attache-network-${pairName()}.csv`, ['country_a', 'country_b', 'events', 'q1', 'q2', 'q3', 'q4', 'goldstein', 'goldstein_mean', 'recent_events', 'recent_goldstein_mean', 'level'],
    state.dyads.map((d) => [d.pair[0], d.pair[1], d.events, d.quad[1], d.quad[2], d.quad[3], d.quad[4], d.goldstein, d.goldstein_mean, d.recent_events, d.recent_goldstein_mean, d.level]));
}

// ------------------------------------------------------------ wiring

async function show() {
  state.a = $('country-a').value;
  state.b = $('country-b').value === state.a ? '' : $('country-b').value;
  state.from = $('from').value;
  state.to = $('to').value;
  state.offset = 0;
  const h = new URLSearchParams({ a: state.a, b: state.b, from: state.from, to: state.to });
  if (state.doc) h.set('doc', state.doc.id);
  if (state.person) h.set('person', state.person.name);
  history.replaceState(null, '', '#' + h);
  setStatus('loading…');
  document.body.dataset.ready = '0';
  try {
    await Promise.all([loadTimeline(), loadNetwork(), loadEvents(), loadRelation(), loadPersons()]);
    setStatus('');
    document.body.dataset.ready = '1';
  } catch (e) {
    setStatus(e.message, true);
    document.body.dataset.ready = 'error';
  }
}

async function init() {
  for (const t of TYPES) $('f-type').append(el('option', { value: t }, t));
  let h;
  try {
    h = await api('/health');
  } catch (e) {
    setStatus('cannot reach the API: ' + e.message, true);
    return;
  }
  for (const sel of [$('country-a'), $('country-b')])
    for (const c of h.countries) sel.append(el('option', { value: c.code }, `${c.code} (${c.events})`));
  const p = new URLSearchParams(location.hash.slice(1));
  if (p.get('a')) $('country-a').value = p.get('a');
  if (p.get('b')) $('country-b').value = p.get('b');
  if (p.get('from')) $('from').value = p.get('from');
  if (p.get('to')) $('to').value = p.get('to');
  $('pick').addEventListener('submit', (e) => { e.preventDefault(); show(); });
  $('event-filters').addEventListener('submit', (e) => { e.preventDefault(); state.offset = 0; loadEvents().catch((x) => setStatus(x.message, true)); });
  $('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents().catch((x) => setStatus(x.message, true)); });
  $('next').addEventListener('click', () => { if (state.next != null) { state.offset = state.next; loadEvents().catch((x) => setStatus(x.message, true)); } });
  $('colour-by').addEventListener('change', colourEdges);
  $('export-events').addEventListener('click', exportEvents);
  $('export-timeline').addEventListener('click', exportTimeline);
  $('export-network').addEventListener('click', exportNetwork);
  $('export-persons').addEventListener('click', exportPersons);
  $('person-filters').addEventListener('submit', (e) => { e.preventDefault(); state.person = null; loadPersons().catch((x) => setStatus(x.message, true)); });
  window.addEventListener('resize', () => { if (plot) plot.setSize({ width: Math.max(320, $('timeline').clientWidth), height: 260 }); });
  if (h.countries.length) await show();
  else setStatus('The store is empty: attache ingest some articles first.');
  if (p.get('person')) await openPerson(p.get('person')).catch((x) => setStatus(x.message, true));
  if (p.get('doc')) await openDocument(p.get('doc')).catch((x) => setStatus(x.message, true));
}

init();
