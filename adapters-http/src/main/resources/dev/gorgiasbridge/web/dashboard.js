// Gorgias Bridge staging dashboard. Plain JavaScript, no libraries; every value from the API is written
// with textContent or setAttribute, never parsed as markup.
'use strict';

const TOKEN_KEY = 'gorgias-bridge.admin-token';
const REFRESH_MS = 30000;
const STATUSES = ['done', 'skipped', 'pending', 'processing', 'retry', 'dead'];
const SVG = 'http://www.w3.org/2000/svg';

// The staging success criteria (DESIGN section 7): rate criteria are met above their target.
const RATE_CRITERIA = [
  { key: 'processing', name: 'Processing success', target: 0.95 },
  { key: 'shopify_lookups', name: 'Shopify lookups', target: 0.90 },
  { key: 'ai_drafts', name: 'AI drafts', target: 0.90 },
  { key: 'notes_posted', name: 'Notes posted', target: 0.95 },
];
const VERDICTS = { green: 'on target', amber: 'close to target', red: 'off target', none: 'no data' };

let timer = null;

function $(id) {
  return document.getElementById(id);
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function percent(rate) {
  return rate === null || rate === undefined ? '–' : (rate * 100).toFixed(1) + ' %';
}

/** green above the target, amber within five points below it, red further below, none without data. */
function judge(rate, target) {
  if (rate === null || rate === undefined) return 'none';
  if (rate > target) return 'green';
  return rate > target - 0.05 ? 'amber' : 'red';
}

class Refused extends Error {}

/** Calls the admin API with the session's token; a 401 becomes Refused with the server's reason. */
async function api(path, method) {
  const response = await fetch(path, {
    method: method || 'GET',
    headers: { Authorization: 'Bearer ' + sessionStorage.getItem(TOKEN_KEY) },
    cache: 'no-store',
  });
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) throw new Refused(body.detail || 'the token was refused');
  if (!response.ok) throw new Error(body.detail || path + ' answered ' + response.status);
  return body;
}

/** /health needs no token and answers 503 with its report when a required component is down. */
async function health() {
  try {
    const response = await fetch('/health', { cache: 'no-store' });
    return await response.json();
  } catch (e) {
    return { status: 'DOWN', components: {}, error: 'the service did not answer /health' };
  }
}

function showLogin(message) {
  clearInterval(timer);
  sessionStorage.removeItem(TOKEN_KEY);
  clearBoard();
  $('board').hidden = true;
  $('logout').hidden = true;
  $('login').hidden = false;
  $('board-error').hidden = true;
  $('login-error').hidden = !message;
  $('login-error').textContent = message || '';
  $('token').value = '';
  $('token').focus();
}

function clearBoard() {
  for (const id of ['tiles', 'chart']) $(id).replaceChildren();
  for (const id of ['queue', 'dead']) $(id).tBodies[0].replaceChildren();
  for (const id of ['chart-summary', 'queue-oldest', 'updated', 'dead-status']) $(id).textContent = '';
}

async function refresh() {
  try {
    // Stats first: nothing is shown until the token has been accepted.
    const stats = await api('/api/stats?window=' + encodeURIComponent($('window').value));
    const [dead, report] = await Promise.all([api('/api/events?status=dead&limit=200'), health()]);
    $('login').hidden = true;
    $('board').hidden = false;
    $('logout').hidden = false;
    $('board-error').hidden = true;
    renderTiles(stats, report);
    renderChart(stats.events_per_hour);
    renderQueue(stats.queue);
    renderDead(dead.events);
    $('updated').textContent = 'updated ' + new Date().toLocaleTimeString() + ' · window ' + stats.window;
  } catch (e) {
    if (e instanceof Refused) {
      showLogin('Token refused: ' + e.message + '.');
    } else {
      $('board-error').hidden = false;
      $('board-error').textContent = 'Could not load the dashboard: ' + e.message;
    }
  }
}

function tile(key, name, state, value, detail, threshold) {
  const card = el('article', 'tile ' + state);
  card.id = 'tile-' + key;
  card.dataset.state = state;
  // Words ("not configured", "DEGRADED") are set smaller than numbers so the tiles stay one size.
  const valueClass = /^[0-9.,% –-]+$/.test(String(value)) ? 'value' : 'value words';
  card.append(el('h3', null, name), el('p', valueClass, value), el('p', 'detail', detail),
    el('p', 'threshold', threshold), el('span', 'verdict', VERDICTS[state]));
  return card;
}

function renderTiles(stats, report) {
  const tiles = [];
  const hooks = stats.webhooks;
  const hooksState = hooks.authenticated_rate === null ? 'none'
    : hooks.authenticated_rate >= 1 ? 'green' : hooks.authenticated_rate >= 0.99 ? 'amber' : 'red';
  tiles.push(tile('webhooks', 'Webhooks authenticated', hooksState, percent(hooks.authenticated_rate),
    hooks.accepted + ' accepted', 'target 100 % of accepted'));
  for (const criterion of RATE_CRITERIA) {
    const share = stats[criterion.key];
    const threshold = 'target > ' + Math.round(criterion.target * 100) + ' %';
    if (criterion.key === 'ai_drafts' && !share.configured) {
      tiles.push(tile(criterion.key, criterion.name, 'none', 'not configured',
        share.template + ' template drafts (AI_BASE_URL is unset)', threshold + ' when the AI service is configured'));
      continue;
    }
    let detail = share.succeeded + ' succeeded · ' + share.failed + ' failed';
    if (share.unfinished) detail += ' · ' + share.unfinished + ' unfinished';
    if (criterion.key === 'ai_drafts') detail += fallbackReasons(share.fallback_reasons);
    tiles.push(tile(criterion.key, criterion.name, judge(share.rate, criterion.target), percent(share.rate),
      detail, threshold));
  }
  const duplicates = stats.duplicates.total;
  tiles.push(tile('duplicates', 'Duplicates processed', duplicates === 0 ? 'green' : 'red', duplicates,
    stats.duplicates.events_posted_twice + ' events posted twice · ' + stats.duplicates.tickets_with_repeated_notes
    + ' tickets with a repeated note', 'target 0'));
  tiles.push(dependencyTile(report));
  $('tiles').replaceChildren(...tiles);
}

/** Why the template stood in for the AI, most frequent first: " · template instead: status not supported by the facts 3, …". */
function fallbackReasons(reasons) {
  const entries = Object.entries(reasons || {});
  if (!entries.length) return '';
  return ' · template instead: ' + entries.map(([reason, count]) => reason + ' ' + count).join(', ');
}

function dependencyTile(report) {
  const state = { UP: 'green', DEGRADED: 'amber' }[report.status] || 'red';
  const troubled = Object.entries(report.components || {})
    .filter(([, component]) => component.status !== 'UP')
    .map(([name, component]) => name + ' ' + component.status + (!component.error ? ''
      // Refused credentials or permissions: no outage, but nothing improves until someone fixes them.
      : component.details && component.details.refused ? ' — refused, to fix: ' + component.error
      : ' (' + component.error + ')'));
  const detail = report.error || (troubled.length ? troubled.join(' · ')
    : 'all ' + Object.keys(report.components || {}).length + ' components UP');
  return tile('dependencies', 'Dependencies healthy', state, report.status, detail, 'target: every component UP');
}

/** Stacked bars, one per hour, drawn as SVG elements; the newest hour on the right. */
function renderChart(hours) {
  const width = 960, height = 220, left = 40, bottom = 24, top = 10;
  const slot = (width - left) / hours.length;
  const totals = hours.map((hour) => STATUSES.reduce((sum, status) => sum + (hour[status] || 0), 0));
  const max = Math.max(1, ...totals);
  const scale = (height - bottom - top) / max;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'events per hour by status');
  svg.append(line(left, height - bottom, width, height - bottom), label(left - 6, top + 4, max, 'end'),
    label(left - 6, height - bottom, 0, 'end'));
  hours.forEach((hour, i) => {
    const x = left + i * slot + 1;
    let y = height - bottom;
    const group = document.createElementNS(SVG, 'g');
    const title = document.createElementNS(SVG, 'title');
    const counts = STATUSES.filter((s) => hour[s]).map((s) => s + ' ' + hour[s]);
    title.textContent = new Date(hour.hour).toLocaleString() + ': ' + (counts.join(', ') || 'no events');
    group.append(title);
    for (const status of STATUSES) {
      const count = hour[status] || 0;
      if (!count) continue;
      const rect = document.createElementNS(SVG, 'rect');
      y -= count * scale;
      for (const [name, value] of [['x', x], ['y', y], ['width', slot - 2], ['height', count * scale]]) {
        rect.setAttribute(name, String(value));
      }
      rect.setAttribute('class', 's-' + status);
      group.append(rect);
    }
    svg.append(group);
    if (i % 6 === 0) {
      const start = new Date(hour.hour);
      svg.append(label(x, height - 6, String(start.getHours()).padStart(2, '0') + ':00', 'start'));
    }
  });
  const legend = el('div', 'legend');
  for (const status of STATUSES) {
    const item = el('span');
    item.append(el('span', 'swatch s-' + status), document.createTextNode(status));
    legend.append(item);
  }
  $('chart').replaceChildren(svg, legend);
  const sums = STATUSES.map((status) => status + ' ' + hours.reduce((sum, hour) => sum + (hour[status] || 0), 0));
  $('chart-summary').textContent = totals.reduce((a, b) => a + b, 0) + ' events in the last 48 hours: ' + sums.join(', ');
}

function line(x1, y1, x2, y2) {
  const node = document.createElementNS(SVG, 'line');
  for (const [name, value] of [['x1', x1], ['y1', y1], ['x2', x2], ['y2', y2]]) node.setAttribute(name, String(value));
  node.setAttribute('class', 'axis');
  return node;
}

function label(x, y, text, anchor) {
  const node = document.createElementNS(SVG, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('text-anchor', anchor);
  node.textContent = String(text);
  return node;
}

function renderQueue(queue) {
  const rows = STATUSES.map((status) => {
    const row = el('tr');
    row.id = 'queue-' + status;
    row.append(el('td', null, status), el('td', 'number', queue[status]));
    return row;
  });
  $('queue').tBodies[0].replaceChildren(...rows);
  $('queue-oldest').textContent = queue.oldest_due_seconds === null ? 'Nothing is waiting to be processed.'
    : 'Oldest event waiting: ' + queue.oldest_due_seconds + ' s.';
}

function renderDead(events) {
  $('dead-empty').hidden = events.length > 0;
  $('dead').hidden = events.length === 0;
  const rows = events.map((event) => {
    const row = el('tr');
    row.id = 'dead-' + event.id;
    const button = el('button', 'replay', 'Replay');
    button.type = 'button';
    button.addEventListener('click', () => replay(event.id, button));
    const action = el('td');
    action.append(button);
    row.append(el('td', null, new Date(event.received_at).toLocaleString()), el('td', 'number', event.ticket_id),
      el('td', null, event.event_type), el('td', 'number', event.attempts), el('td', null, event.summary || ''), action);
    return row;
  });
  $('dead').tBodies[0].replaceChildren(...rows);
}

async function replay(id, button) {
  button.disabled = true;
  try {
    await api('/api/events/' + encodeURIComponent(id) + '/replay', 'POST');
    button.textContent = 'Replayed';
    $('dead-status').textContent = 'Event ' + id + ' is queued for processing again.';
    setTimeout(refresh, 1500);
  } catch (e) {
    if (e instanceof Refused) {
      showLogin('Token refused: ' + e.message + '.');
      return;
    }
    button.disabled = false;
    $('dead-status').textContent = 'Replay of ' + id + ' failed: ' + e.message;
  }
}

function start() {
  clearInterval(timer);
  refresh();
  timer = setInterval(refresh, REFRESH_MS);
}

document.addEventListener('DOMContentLoaded', () => {
  $('login-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    start();
  });
  $('logout').addEventListener('click', () => showLogin('The token was forgotten.'));
  $('refresh').addEventListener('click', refresh);
  $('window').addEventListener('change', refresh);
  if (sessionStorage.getItem(TOKEN_KEY)) {
    start();
  } else {
    showLogin();
  }
});
