// Draws each report's chart from the table beneath it (the same figures as the table and its CSV): the first column
// gives the labels, data-columns the series. A file of its own, as the portal's Content-Security-Policy allows scripts
// from its own origin only.
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#1f5f8b', '#e07b39', '#3c9d5d', '#b8455b', '#7a5ea8'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var table = document.getElementById(canvas.getAttribute('data-source'));
    if (!table) {
      return;
    }
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent; });
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      return Array.prototype.map.call(tr.querySelectorAll('td'), function (td) { return td.textContent; });
    });
    var columns = canvas.getAttribute('data-columns').split(',').map(Number);
    new Chart(canvas, {
      type: canvas.getAttribute('data-chart'),
      data: {
        labels: rows.map(function (row) { return row[0]; }),
        datasets: columns.map(function (column, i) {
          return { label: headers[column], data: rows.map(function (row) { return Number(row[column]) || 0; }),
            backgroundColor: colours[i % colours.length] };
        })
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
  });
}());
