// Dashboard charts (/dasbor): every canvas.analytics-chart carries its table's figures as JSON in data-chart;
// the table beside it holds the same figures, so the page reads without scripts.
(function () {
  'use strict';
  function draw() {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.analytics-chart').forEach(function (canvas) {
      var data;
      try {
        data = JSON.parse(canvas.getAttribute('data-chart'));
      } catch (e) {
        return;
      }
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: data.labels,
          datasets: [{ label: data.title, data: data.values, backgroundColor: '#2b8cbe' }]
        },
        options: {
          indexAxis: data.labels.length > 6 ? 'y' : 'x',
          animation: false,
          plugins: { legend: { display: false } },
          scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
        }
      });
    });
  }
  // map tooltips: the SVG title of each province from its accessible name
  function tips() {
    document.querySelectorAll('a.analytics-area').forEach(function (a) {
      var title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      title.textContent = a.getAttribute('aria-label');
      a.appendChild(title);
    });
  }
  document.addEventListener('DOMContentLoaded', tips);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
