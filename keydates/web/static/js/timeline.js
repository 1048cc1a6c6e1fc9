/* The zoomable time band of a timeline page (vis-timeline, served from /static/vendor). */
(function () {
  "use strict";
  if (window.matchMedia && window.matchMedia("(max-width: 760px)").matches) {
    /* on a phone the facets start folded so the events come first */
    document.querySelectorAll("details.facet").forEach(function (d) { d.removeAttribute("open"); });
  }
  var box = document.getElementById("band");
  var data = document.getElementById("band-data");
  if (!box || !data || !window.vis) { return; }
  var payload = JSON.parse(data.textContent);
  var items = new vis.DataSet(payload.items.map(function (it) {
    var copy = Object.assign({}, it);
    copy.title = undefined;
    if (it.title) { copy.title = it.title.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c]; }); }
    copy.start = new Date(it.start);
    if (it.end !== undefined) { copy.end = new Date(it.end); }
    return copy;
  }));
  if (!payload.items.length) {
    box.textContent = "No dated events to draw.";
    return;
  }
  var YEAR = 365.25 * 86400000;
  var groups = new vis.DataSet([
    { id: "eras", content: "Sections", className: "eras-row" },
    { id: "events", content: "Events" }
  ]);
  var band = new vis.Timeline(box, items, groups, {
    groupOrder: function (a, b) { return a.id === "eras" ? -1 : b.id === "eras" ? 1 : 0; },
    zoomMin: 86400000 * 7,
    zoomMax: YEAR * 10000,
    stack: true,
    maxHeight: 420,
    minHeight: 240,
    selectable: true,
    showCurrentTime: false,
    tooltip: { followMouse: true },
    margin: { item: { horizontal: 4, vertical: 3 } },
    cluster: { maxItems: 3, titleTemplate: "{count} events; zoom in to see them",
               showStipes: true, fitOnDoubleClick: true },
    template: function (item) {
      var span = document.createElement("span");
      /* text, never HTML; a cluster of overlapping events shows its size */
      span.textContent = item.uiItems ? item.uiItems.length + " events" : item.content;
      return span;
    }
  });
  band.on("click", function (props) {
    if (props.item === null || props.item === undefined) { return; }
    var it = items.get(props.item);
    if (it && it.href) { window.location.href = it.href; }
    else if (it && it.group === "eras") { band.setWindow(it.start, it.end); }
  });
  band.on("select", function (props) {
    var id = props.items[0];
    var row = id !== undefined && document.getElementById("ev-" + id);
    if (row) { row.scrollIntoView({ block: "nearest" }); }
  });
  function move(fraction) {
    var w = band.getWindow();
    var span = w.end - w.start;
    band.setWindow(w.start.valueOf() + span * fraction, w.end.valueOf() + span * fraction);
  }
  var actions = {
    "in": function () { band.zoomIn(0.5); },
    "out": function () { band.zoomOut(0.5); },
    "left": function () { move(-0.25); },
    "right": function () { move(0.25); },
    "fit": function () { band.fit(); }
  };
  document.querySelectorAll("[data-band]").forEach(function (btn) {
    btn.addEventListener("click", function () { actions[btn.getAttribute("data-band")](); });
  });
  box.addEventListener("keydown", function (ev) {
    var key = { "+": "in", "=": "in", "-": "out", "ArrowLeft": "left", "ArrowRight": "right", "0": "fit" }[ev.key];
    if (key && ev.target === box) { actions[key](); ev.preventDefault(); }
  });
  window.keydatesBand = band; /* used by the browser tests to read the visible window */
})();
