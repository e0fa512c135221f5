// Region suggestions for inputs marked data-region-search: fills the input's <datalist> from /api/v1/regions?q=.
(function () {
  function fill(list, regions) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    regions.slice(0, 20).forEach(function (r) {
      var option = document.createElement('option');
      option.value = r.code;
      option.label = r.name + (r.parentCode ? ' (' + r.parentCode + ')' : '');
      option.textContent = r.name;
      list.appendChild(option);
    });
  }
  function attach(input) {
    var list = document.getElementById(input.getAttribute('list'));
    var timer = null;
    var last = '';
    if (!list) { return; }
    input.addEventListener('input', function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) { return; }
      clearTimeout(timer);
      timer = setTimeout(function () {
        last = q;
        fetch('/api/v1/regions?q=' + encodeURIComponent(q), { headers: { 'Accept': 'application/json' } })
          .then(function (res) { return res.ok ? res.json() : []; })
          .then(function (data) { fill(list, Array.isArray(data) ? data : (data.content || [])); })
          .catch(function () { /* suggestions are a convenience only */ });
      }, 250);
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-region-search]').forEach(attach);
  });
})();
