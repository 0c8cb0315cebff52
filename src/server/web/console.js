// Judge console: attempts, breakdowns, disqualification, audit log. All server data is inserted with
// textContent (never innerHTML), so station names, reasons and scenario text always render as plain text.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  let token = sessionStorage.getItem('weldtwin-token');
  let current = null;

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }
  function say(text) {
    $('message').textContent = text;
  }

  async function api(method, path, body) {
    const res = await fetch(path, {
      method,
      headers: Object.assign(
        { authorization: 'Bearer ' + token },
        body === undefined ? {} : { 'content-type': 'application/json' },
      ),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status === 401) {
      logout();
    }
    const isJson = (res.headers.get('content-type') || '').includes('json');
    const data = isJson ? await res.json() : await res.blob();
    if (!res.ok) throw new Error(data && data.error ? data.error.message : 'HTTP ' + res.status);
    return data;
  }

  function logout() {
    token = null;
    sessionStorage.removeItem('weldtwin-token');
    $('work').hidden = true;
    $('login').hidden = false;
    $('who').textContent = '';
  }

  async function start() {
    const me = await api('GET', '/api/auth/me');
    $('who').textContent = me.role + ' ' + me.name;
    $('login').hidden = true;
    $('work').hidden = false;
    const events = await api('GET', '/api/events');
    $('event').replaceChildren(
      ...events.map((e) => {
        const o = el('option', e.name);
        o.value = String(e.id);
        return o;
      }),
    );
    await refresh();
  }

  async function refresh() {
    const eventId = $('event').value;
    if (!eventId) return;
    const [attempts, stations, event, audit] = await Promise.all([
      api('GET', '/api/events/' + eventId + '/attempts'),
      api('GET', '/api/events/' + eventId + '/stations'),
      api('GET', '/api/events/' + eventId),
      api('GET', '/api/events/' + eventId + '/audit?limit=500'),
    ]);
    const stationName = new Map(stations.map((s) => [s.id, s.name]));
    const roundName = new Map(event.rounds.map((r) => [r.id, r.name]));
    $('attempts').replaceChildren(
      ...attempts.map((a) => {
        const tr = el('tr', null, a.disqualified ? 'dq' : '');
        tr.append(
          el('td', a.id),
          el('td', stationName.get(a.stationId)),
          el('td', roundName.get(a.roundId)),
          el('td', a.score),
          el('td', a.grade),
          el('td', a.disqualified ? 'DQ: ' + a.disqualifiedReason : 'verified'),
        );
        tr.addEventListener('click', () => show(a.id).catch((e) => say(e.message)));
        return tr;
      }),
    );
    $('audit').replaceChildren(
      ...audit.reverse().map((e) => {
        const tr = el('tr');
        tr.append(
          el('td', e.at),
          el('td', e.actor.role + ' ' + e.actor.name),
          el('td', e.action),
          el('td', e.target),
          el('td', e.detail === null ? '' : JSON.stringify(e.detail)),
        );
        return tr;
      }),
    );
  }

  async function show(id) {
    const a = await api('GET', '/api/attempts/' + id);
    current = a;
    $('detail').hidden = false;
    $('detail-title').textContent = 'Attempt ' + a.id + ' — ' + (a.stationName || '');
    const facts = [
      ['Scenario', a.scenarioId + ' v' + a.version + ', seed ' + a.seed],
      ['Score', a.score + ' (' + a.grade + ', ' + (a.passed ? 'passed' : 'failed') + ')'],
      ['Duration', a.durationS + ' s'],
      ['Replay hash', a.hash],
      ['Verified', a.verifiedAt + ' by ' + a.verifier],
      ['Input log', a.replay.log.length + ' intents, app ' + a.appVersion],
      [
        'Status',
        a.disqualified ? 'disqualified by ' + a.disqualifiedBy + ': ' + a.disqualifiedReason : 'counts',
      ],
    ];
    $('detail-facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', k), el('dd', v)]));
    $('detail-breakdown').textContent = JSON.stringify(a.breakdown, null, 2);
  }

  async function act(path) {
    if (!current) return;
    const reason = $('reason').value;
    await api('POST', '/api/attempts/' + current.id + path, path === '/reverify' ? undefined : { reason });
    await show(current.id);
    await refresh();
  }

  async function download(path, filename) {
    const blob = await api('GET', path);
    const data = blob instanceof Blob ? blob : new Blob([JSON.stringify(blob)], { type: 'application/json' });
    const a = el('a');
    a.href = URL.createObjectURL(data);
    a.download = filename;
    a.click();
    URL.revokeObjectURL(a.href);
  }

  $('login-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = new FormData(e.target);
    fetch('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: f.get('username'), password: f.get('password') }),
    })
      .then((r) => r.json().then((d) => (r.ok ? d : Promise.reject(new Error(d.error.message)))))
      .then((d) => {
        token = d.token;
        sessionStorage.setItem('weldtwin-token', token);
        say('');
        return start();
      })
      .catch((err) => say(err.message));
  });
  const guard = (fn) => () => fn().catch((e) => say(e.message));
  $('event').addEventListener('change', guard(refresh));
  $('refresh').addEventListener('click', guard(refresh));
  $('dq').addEventListener(
    'click',
    guard(() => act('/disqualify')),
  );
  $('reinstate').addEventListener(
    'click',
    guard(() => act('/reinstate')),
  );
  $('reverify').addEventListener(
    'click',
    guard(async () => {
      const r = await api('POST', '/api/attempts/' + current.id + '/reverify');
      say(r.matches ? 'Replay matches the stored result.' : 'Replay differs: ' + JSON.stringify(r.replayed));
    }),
  );
  $('replay').addEventListener(
    'click',
    guard(() => download('/api/attempts/' + current.id + '/replay', 'attempt-' + current.id + '.json')),
  );
  $('csv').addEventListener(
    'click',
    guard(() => download('/api/events/' + $('event').value + '/results.csv', 'results.csv')),
  );
  $('logout').addEventListener('click', () => {
    api('POST', '/api/auth/logout').catch(() => undefined);
    logout();
  });
  if (token) start().catch(() => logout());
})();
