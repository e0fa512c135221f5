// CSRF header for htmx requests; confirmation before destructive actions (data-confirm).
document.addEventListener('htmx:configRequest', function (e) {
  var t = document.querySelector('meta[name="_csrf"]');
  var h = document.querySelector('meta[name="_csrf_header"]');
  if (t && h) { e.detail.headers[h.content] = t.content; }
});
document.addEventListener('submit', function (e) {
  var msg = e.target.getAttribute('data-confirm');
  if (msg && !window.confirm(msg)) { e.preventDefault(); }
}, true);
