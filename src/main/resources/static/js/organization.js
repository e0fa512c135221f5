// Organisations module: region suggestions for region inputs, and the formation-status province map.
// No inline scripts (CSP): everything is configured through data attributes.
(function () {
  'use strict';

  // ---- Region inputs: <input data-region-search="/api/v1/regions" list="x-options"> ----
  // The input stays a plain text field: typing a code such as 53.71 always works, suggestions only help.
  function regionItems(json) {
    if (Array.isArray(json)) { return json; }
    if (json && Array.isArray(json.content)) { return json.content; }
    return [];
  }

  function levelDepth(level) {
    if (typeof level === 'number') { return level; }
    switch (String(level || '').toUpperCase()) {
      case 'PROVINCE': return 1;
      case 'REGENCY': return 2;
      case 'DISTRICT': return 3;
      case 'VILLAGE': return 4;
      default: return 0;
    }
  }

  function attachRegionSearch(input) {
    var list = input.list || document.getElementById(input.getAttribute('list'));
    var url = input.getAttribute('data-region-search');
    var maxDepth = parseInt(input.getAttribute('data-region-max-level') || '4', 10);
    if (!list || !url) { return; }
    var timer = null;
    var lastQuery = null;
    input.addEventListener('input', function () {
      var q = input.value.trim();
      if (q.length < 2 || q === lastQuery) { return; }
      clearTimeout(timer);
      timer = setTimeout(function () {
        lastQuery = q;
        fetch(url + '?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
          .then(function (r) { return r.ok ? r.json() : []; })
          .then(function (json) {
            while (list.firstChild) { list.removeChild(list.firstChild); }
            regionItems(json).forEach(function (item) {
              if (!item || !item.code) { return; }
              var depth = levelDepth(item.level) || item.code.split('.').length;
              if (depth > maxDepth) { return; }
              var option = document.createElement('option');
              option.value = item.code;
              option.label = item.name ? item.name + ' (' + item.code + ')' : item.code;
              option.textContent = option.label;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 250);
    });
  }

  // ---- Formation map: <div data-formation-map="/api/v1/taskforces/formation/map.geojson?date=..."> ----
  function attachFormationMap(el) {
    if (typeof L === 'undefined') { return; }
    el.style.height = el.getAttribute('data-height') || '26rem';
    var formed = el.getAttribute('data-color-formed') || '#2e7d32';
    var notFormed = el.getAttribute('data-color-not-formed') || '#e0e0e0';
    var labelFormed = el.getAttribute('data-label-formed') || 'formed';
    var labelNotFormed = el.getAttribute('data-label-not-formed') || 'not formed';
    var map = L.map(el, { zoomSnap: 0.25, attributionControl: true, scrollWheelZoom: false });
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution(el.getAttribute('data-attribution') || '');
    fetch(el.getAttribute('data-formation-map'), { headers: { 'Accept': 'application/geo+json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (geojson) {
        var layer = L.geoJSON(geojson, {
          style: function (f) {
            return { color: '#555', weight: 0.6, fillOpacity: 0.85,
                     fillColor: f.properties.formed ? formed : notFormed };
          },
          onEachFeature: function (f, l) {
            var p = f.properties;
            l.bindTooltip(p.name + ' (' + p.code + '): ' + (p.formed ? labelFormed : labelNotFormed));
          }
        }).addTo(map);
        map.fitBounds(layer.getBounds());
        el.setAttribute('data-loaded', 'true');
      })
      .catch(function () { el.setAttribute('data-loaded', 'error'); });
  }

  function init() {
    document.querySelectorAll('input[data-region-search]').forEach(attachRegionSearch);
    document.querySelectorAll('[data-formation-map]').forEach(attachFormationMap);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
