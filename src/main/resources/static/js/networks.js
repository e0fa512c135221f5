// Perpetrator networks (/jejaring/{id}): draws one network with Cytoscape.js from the JSON API and shows, for the
// chosen suspect, the cases the user may open. The table of suspects below the graph does the same by keyboard.
(function () {
  'use strict';

  var KIND_COLOURS = {
    PHONE: '#d9480f', ADDRESS: '#5c940d', SOCIAL_MEDIA: '#1971c2', BANK_ACCOUNT: '#9c36b5',
    COMPANY: '#e67700', VEHICLE: '#0b7285', CASE: '#868e96', TRANSIT: '#ced4da'
  };

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) { el.className = cls; }
    return el;
  }

  function showNode(data, node) {
    var body = document.getElementById('network-detail-body');
    var title = document.getElementById('network-detail-title');
    var hint = document.getElementById('network-detail-hint');
    if (!body || !node) { return; }
    title.textContent = node.label;
    if (hint) { hint.hidden = true; }
    body.replaceChildren();
    body.appendChild(text('p', body.dataset.betweenness + ': ' + node.betweenness + ' · ' +
      body.dataset.degree + ': ' + node.degree, 'small'));
    body.appendChild(text('h3', body.dataset.casesLabel, 'h6'));
    var list = document.createElement('ul');
    list.className = 'list-unstyled mb-0';
    list.id = 'network-detail-cases';
    node.cases.forEach(function (c) {
      var li = document.createElement('li');
      if (c.url) {
        var a = text('a', c.number);
        a.href = c.url;
        li.appendChild(a);
      } else {
        li.appendChild(text('span', c.number));
        li.appendChild(text('span', ' (' + body.dataset.noAccess + ')', 'small text-muted'));
      }
      list.appendChild(li);
    });
    body.appendChild(list);
  }

  function draw(container, data) {
    var byId = {};
    data.nodes.forEach(function (n) { byId[n.id] = n; });
    var elements = [];
    data.nodes.forEach(function (n) {
      elements.push({ data: { id: String(n.id), label: n.label, size: 20 + 40 * n.betweenness, top: n.top ? 1 : 0 } });
    });
    data.edges.forEach(function (e) {
      var strong = e.kinds.filter(function (k) { return k !== 'TRANSIT'; });
      var main = strong.length ? strong[0] : 'TRANSIT';
      elements.push({ data: {
        id: e.id, source: String(e.source), target: String(e.target), colour: KIND_COLOURS[main] || '#868e96',
        weak: strong.length ? 0 : 1,
        label: e.kinds.map(function (k) { return data.kindLabels[k] || k; }).join(', ')
      } });
    });
    container.style.height = '480px';
    var cy = window.cytoscape({
      container: container,
      elements: elements,
      layout: { name: elements.length > 400 ? 'grid' : 'cose', animate: false },
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'width': 'data(size)', 'height': 'data(size)',
          'background-color': '#495057', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 4 } },
        { selector: 'node[top = 1]', style: { 'background-color': '#c92a2a', 'border-width': 3, 'border-color': '#ffd43b' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1971c2' } },
        { selector: 'edge', style: { 'line-color': 'data(colour)', 'width': 2, 'curve-style': 'bezier' } },
        { selector: 'edge[weak = 1]', style: { 'line-style': 'dashed', 'width': 1 } },
        { selector: 'edge:selected', style: { 'label': 'data(label)', 'font-size': 9 } }
      ]
    });
    cy.on('tap', 'node', function (evt) {
      showNode(data, byId[evt.target.id()]);
    });
    document.querySelectorAll('.network-node').forEach(function (b) {
      b.addEventListener('click', function () {
        var id = b.getAttribute('data-node');
        cy.$('node').unselect();
        cy.$id(id).select();
        showNode(data, byId[id]);
      });
    });
    container.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', function () {
    var container = document.getElementById('network-graph');
    if (!container || !window.cytoscape) { return; }
    fetch(container.dataset.url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (data) { draw(container, data); })
      .catch(function () { container.dataset.ready = 'failed'; });
  });
})();
