// Region picker (templates/region/picker.html): suggestions while typing, chosen with mouse or keyboard.
// Loaded once per page even when several pickers include it; works with pickers added later (event delegation).
(function () {
  'use strict';
  if (window.sigapRegionPicker) { return; }
  window.sigapRegionPicker = true;

  var MIN_CHARS = 2;
  var DELAY_MS = 200;

  function pickerOf(el) { return el && el.closest ? el.closest('[data-region-picker]') : null; }
  function field(p) { return p.querySelector('input'); }
  function list(p) { return p.querySelector('.region-suggestions'); }
  function options(p) { return Array.prototype.slice.call(list(p).querySelectorAll('.region-suggestion')); }

  function close(p) {
    var l = list(p);
    l.hidden = true;
    l.innerHTML = '';
    field(p).setAttribute('aria-expanded', 'false');
    field(p).removeAttribute('aria-activedescendant');
  }

  function suggest(p) {
    var input = field(p);
    var q = input.value.trim();
    if (q.length < MIN_CHARS) { close(p); return; }
    var url = new URL(p.getAttribute('data-suggest-url'), window.location.href);
    url.searchParams.set('q', q);
    var max = p.getAttribute('data-max-level');
    if (max) { url.searchParams.set('maxLevel', max); }
    var seq = (p.sigapSeq || 0) + 1;
    p.sigapSeq = seq;
    // HX-Request: an expired session is answered 401 (not a redirect to the login page); no redirect is followed
    fetch(url.toString(), {
      credentials: 'same-origin', redirect: 'error', headers: { 'Accept': 'text/html', 'HX-Request': 'true' }
    })
      .then(function (r) { return r.ok ? r.text() : ''; })
      .then(function (html) {
        if (p.sigapSeq !== seq) { return; } // an answer to an older keystroke
        // the user has moved on to another field: a late list must not cover what they are doing now
        if (!p.contains(document.activeElement)) { close(p); return; }
        var l = list(p);
        l.innerHTML = html; // server-rendered, every text escaped by the template
        options(p).forEach(function (o, i) { o.id = input.id + '-option-' + i; });
        l.hidden = html.trim() === '';
        input.setAttribute('aria-expanded', String(!l.hidden));
      })
      .catch(function () { close(p); });
  }

  function choose(p, option) {
    var input = field(p);
    input.value = option.getAttribute('data-code');
    var picked = p.querySelector('.region-picked');
    if (picked) { picked.textContent = option.getAttribute('data-label'); }
    close(p);
    input.focus();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function move(p, step) {
    var all = options(p);
    if (all.length === 0) { return; }
    var input = field(p);
    var current = all.findIndex(function (o) { return o.id === input.getAttribute('aria-activedescendant'); });
    var next = (current + step + all.length) % all.length;
    all.forEach(function (o, i) {
      o.classList.toggle('active', i === next);
      o.setAttribute('aria-selected', String(i === next));
    });
    input.setAttribute('aria-activedescendant', all[next].id);
    all[next].scrollIntoView({ block: 'nearest' });
  }

  document.addEventListener('input', function (e) {
    var p = pickerOf(e.target);
    if (!p || e.target !== field(p)) { return; }
    var picked = p.querySelector('.region-picked');
    if (picked) { picked.textContent = ''; }
    clearTimeout(p.sigapTimer);
    p.sigapTimer = setTimeout(function () { suggest(p); }, DELAY_MS);
  });

  document.addEventListener('keydown', function (e) {
    var p = pickerOf(e.target);
    if (!p || e.target !== field(p)) { return; }
    var open = !list(p).hidden;
    if (e.key === 'ArrowDown') { e.preventDefault(); if (open) { move(p, 1); } else { suggest(p); } }
    else if (e.key === 'ArrowUp' && open) { e.preventDefault(); move(p, -1); }
    else if (e.key === 'Escape' && open) { e.preventDefault(); close(p); }
    else if (e.key === 'Enter' && open) {
      var active = document.getElementById(field(p).getAttribute('aria-activedescendant') || '');
      if (active) { e.preventDefault(); choose(p, active); }
    }
  });

  // Tab to another field closes the list (a mouse click elsewhere is handled below; a click on an option keeps it)
  document.addEventListener('focusout', function (e) {
    var p = pickerOf(e.target);
    if (!p || e.target !== field(p) || !e.relatedTarget || p.contains(e.relatedTarget)) { return; }
    clearTimeout(p.sigapTimer);
    p.sigapSeq = (p.sigapSeq || 0) + 1;
    close(p);
  });

  document.addEventListener('click', function (e) {
    var option = e.target.closest ? e.target.closest('.region-suggestion') : null;
    if (option && pickerOf(option)) { choose(pickerOf(option), option); return; }
    document.querySelectorAll('[data-region-picker]').forEach(function (p) {
      if (!p.contains(e.target)) { close(p); }
    });
  });
})();
