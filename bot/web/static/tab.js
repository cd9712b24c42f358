// The Procedures tab in the browser. Inside Teams: initialise TeamsJS, follow the Teams theme (light, dark,
// high contrast), open the section a deep link names. Outside Teams: a plain page that follows the system theme.
// Search runs against /api/search (the bot's engine) without reloading; with no script the form still works.
(function () {
  'use strict';
  var root = document.documentElement;

  function applyTheme(theme) {
    if (theme === 'dark' || theme === 'contrast') root.setAttribute('data-theme', theme);
    else root.removeAttribute('data-theme');
    root.setAttribute('data-theme-source', theme ? 'teams' : 'system');
  }

  function systemTheme() {
    var dark = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches;
    applyTheme(dark ? 'dark' : undefined);
    root.setAttribute('data-theme-source', 'system');
  }

  function setStatus(text) {
    var el = document.getElementById('teams-status');
    if (el) el.textContent = text;
  }

  // A deep link's subPageId is "<docId>#<slug>": open that section inside the tab, once.
  function openSubPage(sub) {
    if (!sub || typeof sub !== 'string' || location.pathname.indexOf('/tab/docs/') === 0) return;
    var parts = sub.split('#');
    var target = '/tab/docs/' + encodeURIComponent(parts[0]) + (parts[1] ? '#' + encodeURIComponent(parts[1]) : '');
    location.assign(target);
  }

  function startTeams() {
    var teams = window.microsoftTeams;
    // Not framed (opened in a browser) or TeamsJS missing: nothing to talk to.
    if (!teams || window.parent === window) return Promise.resolve(false);
    var timeout = new Promise(function (_, reject) { setTimeout(function () { reject(new Error('timeout')); }, 4000); });
    return Promise.race([teams.app.initialize(), timeout])
      .then(function () { return teams.app.getContext(); })
      .then(function (ctx) {
        applyTheme(ctx.app && ctx.app.theme);
        teams.app.registerOnThemeChangeHandler(function (theme) { applyTheme(theme); });
        var client = ctx.app && ctx.app.host && ctx.app.host.clientType;
        if (ctx.app && ctx.app.locale) root.setAttribute('data-teams-locale', ctx.app.locale);
        setStatus('Opened in Teams' + (client ? ' (' + client + ')' : '') + '.');
        if (teams.app.notifySuccess) teams.app.notifySuccess();
        openSubPage(ctx.page && ctx.page.subPageId);
        return true;
      });
  }

  function escapeText(s) {
    var d = document.createElement('div');
    d.textContent = s;
    return d.innerHTML;
  }

  // Results link inside the tab, whatever PUBLIC_URL the API reports.
  function tabLink(result) {
    var parts = String(result.sectionId || '').split('#');
    return '/tab/docs/' + encodeURIComponent(parts[0]) + (parts[1] ? '#' + encodeURIComponent(parts[1]) : '');
  }

  function wireSearch() {
    var form = document.querySelector('form.search');
    var input = document.getElementById('q');
    var out = document.getElementById('results');
    if (!form || !input || !out) return;
    form.addEventListener('submit', function (ev) {
      var q = input.value.trim();
      ev.preventDefault();
      if (!q) {
        out.innerHTML = '<p id="result-count">Type a question or some words to search for.</p>';
        input.focus();
        return;
      }
      out.setAttribute('aria-busy', 'true');
      fetch('/api/search?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
        .then(function (res) { if (!res.ok) throw new Error('HTTP ' + res.status); return res.json(); })
        .then(function (body) {
          var results = body.results || [];
          var html = '';
          if (body.safety && body.safety.immediateDanger) {
            var banner = document.querySelector('.banner.danger');
            html += '<p class="banner danger" role="alert">' + escapeText(banner ? banner.textContent : 'If a child is in immediate danger, call 999 now.') + '</p>';
          }
          html += '<p id="result-count">' + (results.length
            ? results.length + ' section' + (results.length === 1 ? '' : 's') + ' found for “' + escapeText(q) + '”.'
            : 'Nothing found for “' + escapeText(q) + '”. Try other words, or browse by area below.') + '</p>';
          html += '<ul class="results">' + results.map(function (r) {
            return '<li><a href="' + escapeText(tabLink(r)) + '">' + escapeText(r.title) + ' › ' + escapeText(r.heading) + '</a>' +
              (r.verify ? ' <span class="verify-badge">Not yet confirmed</span>' : '') +
              '<p class="snippet">' + escapeText(r.snippet) + '</p></li>';
          }).join('') + '</ul>';
          out.innerHTML = html;
          if (history.replaceState) history.replaceState(null, '', '/tab?q=' + encodeURIComponent(q));
        })
        .catch(function () {
          out.innerHTML = '<p id="result-count">Search is not available just now. Please try again, or browse by area below.</p>';
        })
        .then(function () { out.removeAttribute('aria-busy'); });
    });
  }

  systemTheme();
  document.addEventListener('DOMContentLoaded', function () {
    wireSearch();
    startTeams()
      .then(function (inTeams) { if (!inTeams) setStatus(''); root.setAttribute('data-teams', inTeams ? 'yes' : 'no'); })
      .catch(function () { setStatus(''); root.setAttribute('data-teams', 'no'); });
  });
})();
