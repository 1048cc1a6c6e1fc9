/* Map of the events' places: Leaflet over an offline world outline (world-atlas, no tiles). */
(function () {
  "use strict";
  var el = document.getElementById("map");
  var data = document.getElementById("map-data");
  if (!el || !data || !window.L) { return; }
  var points = JSON.parse(data.textContent);
  var map = L.map(el, { worldCopyJump: true, attributionControl: false, minZoom: 1, maxZoom: 10 });
  L.control.attribution({ prefix: false }).addAttribution("Outline: Natural Earth via world-atlas").addTo(map);
  map.setView([25, 10], 1);
  fetch("/static/vendor/world-atlas/countries-110m.json")
    .then(function (r) { return r.json(); })
    .then(function (world) {
      var shapes = topojson.feature(world, world.objects.countries);
      L.geoJSON(shapes, { interactive: false, style: { className: "country", weight: 0.7, fillOpacity: 1,
        color: "#9aa4b0", fillColor: "#f4f1ea" } }).addTo(map).bringToBack();
    })
    .catch(function () { el.setAttribute("data-outline", "missing"); });
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }
  var layer = L.featureGroup();
  points.forEach(function (p) {
    var n = p.events.length;
    var marker = L.circleMarker([p.lat, p.lon], { radius: Math.min(4 + 2 * Math.sqrt(n), 16),
      color: "#1d4e89", weight: 1.5, fillColor: "#d1495b", fillOpacity: 0.75 });
    var html = "<strong>" + esc(p.name) + "</strong><ul class=\"popup\">" + p.events.map(function (e) {
      return "<li><a href=\"/events/" + e.id + "\">" + esc(e.date) + "</a>: " + esc(e.label) + "</li>";
    }).join("") + "</ul>";
    marker.bindPopup(html);
    marker.bindTooltip(p.name + " (" + n + ")");
    layer.addLayer(marker);
  });
  layer.addTo(map);
  if (points.length > 1) { map.fitBounds(layer.getBounds().pad(0.3), { maxZoom: 6 }); }
  else if (points.length === 1) { map.setView([points[0].lat, points[0].lon], 5); }
  window.keydatesMap = map;
})();
