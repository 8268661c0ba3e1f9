// Gorgias Bridge staging dashboard. Plain JavaScript, no libraries; every value from the API is written
// with textContent or setAttribute, never parsed as markup.
'use strict';

const TOKEN_KEY = 'gorgias-bridge.admin-token';
const REFRESH_MS = 30000;
const STATUSES = ['done', 'skipped', 'pending', 'processing', 'retry', 'dead'];
const SVG = 'http://www.w3.org/2000/svg';

// The staging success criteria (docs/runbook.md): rate criteria are met above their target.
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

/** A moment as people read it: date, time and time zone ("2 Dec 2026, 08:15 UTC"). */
function when(iso) {
  return new Date(iso).toLocaleString(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  });
}

/** The browser's time zone, which every time on the page is shown in. */
function zoneName() {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'local time';
  const offset = -new Date().getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  return zone + ' (UTC' + sign + hours + ':' + String(Math.abs(offset) % 60).padStart(2, '0') + ')';
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
  for (const id of ['chart-summary', 'queue-oldest', 'updated', 'dead-status', 'dead-older']) $(id).textContent = '';
}

async function refresh() {
  try {
    // Stats first: nothing is shown until the token has been accepted.
    const stats = await api('/api/stats?window=' + encodeURIComponent($('window').value));
    const [dead, retry, report] = await Promise.all([api('/api/events?status=dead&limit=200'),
      api('/api/events?status=retry&limit=200'), health()]);
    $('login').hidden = true;
    $('board').hidden = false;
    $('logout').hidden = false;
    $('board-error').hidden = true;
    const label = $('window').selectedOptions[0].textContent;
    renderTiles(stats, report);
    renderChart(stats.timeline, label);
    renderQueue(stats.queue, stats.events_by_status, label);
    renderAttention(dead.events, retry.events, stats.from, label);
    $('updated').textContent = 'updated ' + when(new Date().toISOString()) + ' · window: ' + label
      + ' (from ' + when(stats.from) + ')';
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
  const tiles = [webhooksTile(stats.webhooks)];
  for (const criterion of RATE_CRITERIA) {
    const share = stats[criterion.key];
    const threshold = 'target > ' + Math.round(criterion.target * 100) + ' %';
    if (criterion.key === 'ai_drafts' && !share.configured) {
      tiles.push(tile(criterion.key, criterion.name, 'none', 'not configured',
        share.template + ' template drafts (AI_BASE_URL is unset)', threshold + ' when the AI service is configured'));
      continue;
    }
    tiles.push(tile(criterion.key, criterion.name, judge(share.rate, criterion.target), percent(share.rate),
      shareDetail(criterion.key, share), threshold));
  }
  const duplicates = stats.duplicates.total;
  tiles.push(tile('duplicates', 'Duplicates processed', duplicates === 0 ? 'green' : 'red', duplicates,
    stats.duplicates.events_posted_twice + ' events posted twice · ' + stats.duplicates.tickets_with_repeated_notes
    + ' tickets with a repeated note', 'target 0'));
  tiles.push(dependencyTile(report));
  $('tiles').replaceChildren(...tiles);
}

function shareDetail(key, share) {
  // Shopify lookups count events (did this event get its orders?), not attempts.
  // AI drafts count notes; a template draft standing in for the AI is a fallback with a reason, not a failure.
  if (key === 'ai_drafts') return aiDraftsDetail(share);
  let detail = key === 'shopify_lookups'
    ? share.succeeded + ' events got their orders · ' + share.failed + ' did not'
    : share.succeeded + ' succeeded · ' + share.failed + ' failed';
  if (share.unfinished) detail += ' · ' + share.unfinished + ' unfinished';
  return detail;
}

const REFUSALS = [
  ['unauthorized', 'unauthenticated (401)'], ['unauthorized_rate_limited', 'limited after failed authentications (429)'],
  ['too_large', 'too large (413)'], ['invalid', 'invalid (400)'], ['rate_limited', 'over the rate limit (429)'],
  ['storage_failed', 'not stored (503)'], ['timed_out', 'body too slow (408)'],
  ['overloaded', 'too many unverified bodies at once (503)'],
];

/**
 * Every delivery received counts, refused ones included: a burst of forged or misconfigured deliveries
 * turns the tile amber (below 100 %) or red (below 99 %).
 */
function webhooksTile(hooks) {
  const state = hooks.authenticated_rate === null ? 'none'
    : hooks.authenticated_rate >= 1 ? 'green' : hooks.authenticated_rate >= 0.99 ? 'amber' : 'red';
  const refusals = REFUSALS.filter(([key]) => hooks.by_outcome[key] > 0)
    .map(([key, name]) => hooks.by_outcome[key] + ' ' + name);
  const detail = hooks.received + ' received · ' + hooks.authenticated + ' authenticated · ' + hooks.accepted
    + ' stored' + (refusals.length ? ' · refused: ' + refusals.join(', ') : '');
  return tile('webhooks', 'Webhooks authenticated', state, percent(hooks.authenticated_rate), detail,
    'target 100 % of deliveries received');
}

/**
 * Notes drafted by the AI, then the fallbacks to the template with their reasons, most frequent first:
 * "5 drafted by the AI · 3 fallback to template: status not supported by the facts 2, date not in the facts 1".
 */
function aiDraftsDetail(share) {
  const entries = Object.entries(share.fallback_reasons || {});
  const reasons = entries.map(([reason, count]) => reason + ' ' + count).join(', ');
  return share.ai + ' drafted by the AI · ' + share.fallback_to_template + ' fallback to template' + (reasons ? ': ' + reasons : '');
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

/** 1, 2 or 5 times a power of ten: the smallest such step that splits max into at most four parts. */
function niceStep(max) {
  const rough = Math.max(1, max / 4);
  const power = Math.pow(10, Math.floor(Math.log10(rough)));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= rough);
}

/** A period's start as an axis label: the date for whole days, else date and time. */
function tickLabel(start, periodSeconds) {
  const date = new Date(start);
  const options = periodSeconds >= 86400 ? { month: 'short', day: 'numeric' }
    : { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' };
  return date.toLocaleString(undefined, options);
}

/** Stacked bars, one per period of the window, drawn as SVG elements; the newest on the right. */
function renderChart(timeline, windowLabel) {
  const periods = timeline.periods;
  const width = 960, height = 250, left = 48, right = 8, bottom = 34, top = 12;
  const base = height - bottom;
  const slot = (width - left - right) / periods.length;
  const totals = periods.map((period) => STATUSES.reduce((sum, status) => sum + (period[status] || 0), 0));
  const step = niceStep(Math.max(...totals, 1));
  const ceiling = Math.max(step, Math.ceil(Math.max(...totals, 1) / step) * step);
  const scale = (base - top) / ceiling;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'events received per period by status now, ' + windowLabel);
  for (let value = 0; value <= ceiling; value += step) {
    const y = base - value * scale;
    svg.append(line(left, y, width - right, y, value === 0 ? 'axis' : 'grid'), line(left - 4, y, left, y, 'tick y-tick'),
      label(left - 7, y + 4, value, 'end'));
  }
  svg.append(line(left, top, left, base, 'axis'));
  const every = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((period, i) => {
    const x = left + i * slot;
    let y = base;
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('class', 'bar');
    const title = document.createElementNS(SVG, 'title');
    const counts = STATUSES.filter((s) => period[s]).map((s) => s + ' ' + period[s]);
    title.textContent = when(period.start) + ': ' + (counts.join(', ') || 'no events');
    group.append(title);
    for (const status of STATUSES) {
      const count = period[status] || 0;
      if (!count) continue;
      const rect = document.createElementNS(SVG, 'rect');
      y -= count * scale;
      for (const [name, value] of [['x', x + 1], ['y', y], ['width', Math.max(1, slot - 2)], ['height', count * scale]]) {
        rect.setAttribute(name, String(value));
      }
      rect.setAttribute('class', 's-' + status);
      group.append(rect);
    }
    svg.append(group);
    if (i % every === 0) {
      // Labels sit under their tick; near either end they are kept inside the chart.
      const anchor = x < left + 60 ? 'start' : x > width - right - 60 ? 'end' : 'middle';
      svg.append(line(x, base, x, base + 5, 'tick x-tick'),
        label(x, base + 18, tickLabel(period.start, timeline.period_seconds), anchor));
    }
  });
  const legend = el('div', 'legend');
  for (const status of STATUSES) {
    const item = el('span');
    item.append(el('span', 'swatch s-' + status), document.createTextNode(status));
    legend.append(item);
  }
  $('chart-title').textContent = 'Events received, ' + windowLabel + ', by status now';
  $('chart').replaceChildren(svg, legend);
  const sums = STATUSES.map((status) => status + ' ' + periods.reduce((sum, period) => sum + (period[status] || 0), 0));
  $('chart-summary').textContent = totals.reduce((a, b) => a + b, 0) + ' events, ' + windowLabel + ' ('
    + periodName(timeline.period_seconds) + ' per bar; times in ' + zoneName() + '): ' + sums.join(', ');
}

function periodName(seconds) {
  if (seconds % 86400 === 0) return seconds === 86400 ? 'a day' : seconds / 86400 + ' days';
  if (seconds % 3600 === 0) return seconds === 3600 ? 'an hour' : seconds / 3600 + ' hours';
  return seconds / 60 + ' minutes';
}

function line(x1, y1, x2, y2, className) {
  const node = document.createElementNS(SVG, 'line');
  for (const [name, value] of [['x1', x1], ['y1', y1], ['x2', x2], ['y2', y2]]) node.setAttribute(name, String(value));
  node.setAttribute('class', className);
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

function renderQueue(queue, inWindow, windowLabel) {
  const rows = STATUSES.map((status) => {
    const row = el('tr');
    row.id = 'queue-' + status;
    row.append(el('td', null, status), el('td', 'number', queue[status]), el('td', 'number window', inWindow[status]));
    return row;
  });
  $('queue-window').textContent = 'Received ' + windowLabel;
  $('queue').tBodies[0].replaceChildren(...rows);
  $('queue-oldest').textContent = queue.oldest_due_seconds === null ? 'Nothing is waiting to be processed.'
    : 'Oldest event waiting: ' + queue.oldest_due_seconds + ' s.';
}

/** Dead events and events waiting for a retry, received in the window, newest first, with their last error. */
function renderAttention(dead, retry, from, windowLabel) {
  const all = dead.concat(retry);
  const start = Date.parse(from);
  const shown = all.filter((event) => Date.parse(event.received_at) >= start)
    .sort((a, b) => Date.parse(b.received_at) - Date.parse(a.received_at));
  $('dead-empty').hidden = shown.length > 0;
  $('dead-empty').textContent = 'No dead or retrying events received ' + windowLabel + '.';
  $('dead').hidden = shown.length === 0;
  const older = all.length - shown.length;
  const capped = dead.length >= 200 || retry.length >= 200 ? 'at least ' : '';
  $('dead-older').textContent = older > 0 ? capped + older + ' more dead or retrying event(s) arrived before this window;'
    + ' choose a longer window to see them.' : '';
  const rows = shown.map((event) => {
    const row = el('tr', 'status-' + event.status);
    row.id = 'event-' + event.id;
    row.dataset.status = event.status;
    const action = el('td');
    if (event.status === 'dead') {
      const button = el('button', 'replay', 'Replay');
      button.type = 'button';
      button.addEventListener('click', () => replay(event.id, button));
      action.append(button);
    } else {
      action.append(el('span', 'muted', 'retried automatically'));
    }
    row.append(el('td', null, when(event.received_at)), el('td', 'status', event.status), el('td', 'number', event.ticket_id),
      el('td', null, event.event_type), el('td', 'number', event.attempts), el('td', 'last-error', event.summary || ''), action);
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

/** The development notes view exists only where notes are shown locally; link to it when it answers. */
async function linkNotesView() {
  try {
    const response = await fetch('/api/dev/notes?format=json', { cache: 'no-store' });
    $('notes-link').hidden = !response.ok;
  } catch (e) {
    $('notes-link').hidden = true;
  }
}

document.addEventListener('DOMContentLoaded', () => {
  linkNotesView();
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
