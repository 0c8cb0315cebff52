// Projector leaderboard: standings arrive over server-sent events. Every name is inserted with textContent, so
// text from stations or scenarios can never become HTML or script.
'use strict';
(function () {
  const match = /\/events\/(\d+)\/leaderboard/.exec(window.location.pathname);
  const statusEl = document.getElementById('status');
  if (!match) {
    statusEl.textContent = 'no event id in the address';
    return;
  }
  const eventId = match[1];

  function el(tag, text, className) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (className) e.className = className;
    return e;
  }

  function render(s) {
    document.getElementById('event-name').textContent = s.event.name;
    document.title = 'Leaderboard — ' + s.event.name;
    const head = document.getElementById('head');
    head.replaceChildren(el('th', '#'), el('th', 'Station'));
    for (const r of s.rounds) head.appendChild(el('th', r.name));
    head.appendChild(el('th', 'Total'));
    const body = document.getElementById('rows');
    const rows = [];
    for (const row of s.rows) {
      const tr = el('tr', null, row.disqualified ? 'dq' : '');
      tr.appendChild(el('td', row.disqualified ? 'DQ' : row.rank, 'rank'));
      tr.appendChild(el('td', row.stationName, 'name'));
      for (const r of s.rounds) {
        const best = row.rounds[String(r.id)];
        tr.appendChild(el('td', best ? best.score.toFixed(1) + ' (' + best.grade + ')' : '–', 'score'));
      }
      tr.appendChild(el('td', row.total.toFixed(1), 'total'));
      rows.push(tr);
    }
    body.replaceChildren(...rows);
    document.getElementById('empty').hidden = s.rows.some((r) => r.attempts > 0);
  }

  const source = new EventSource('/api/events/' + eventId + '/leaderboard/stream');
  source.addEventListener('standings', (e) => {
    statusEl.textContent = 'live';
    render(JSON.parse(e.data));
  });
  source.addEventListener('error', () => {
    statusEl.textContent = 'reconnecting…';
  });
})();
