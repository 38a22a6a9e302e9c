/* geo's offline basemap: drawn under the online tiles, so it shows when they do not load.
 * Zoomed out, the Natural Earth 1:110m country outline the page carries; from zoom DETAIL in,
 * Natural Earth 1:10m land, coast and borders, fetched per 10-degree square from the app's
 * static folder (geo/data/basemap, copied there by geo.mapview.install_assets); and the names of
 * populated places, as many as fit without overlapping, largest first.
 * Called by the page's one line of base-map script (geo.mapview.OutlineLayer):
 * geoBase(map, {outline: pane, labels: pane, assets: url, world: FeatureCollection}). */
// [lon0, lat0, dlon, dlat, ...] in thousandths of a degree -> latlngs (scripts/build_basemap.py packs them)
window.geoUnpack = function (steps) {
  var out = [], x = 0, y = 0;
  for (var k = 0; k + 1 < steps.length; k += 2) {
    x += steps[k]; y += steps[k + 1];
    out.push([y / 1000, x / 1000]);
  }
  return out;
};

window.geoBase = function (map, o) {
  var DETAIL = 5, SQUARE = 10, LABELS_FROM = 3, MAX_LABELS = 120;
  var landStyle = {fillColor: "#efebe2", color: "#8c8c8c", weight: 0.8, fillOpacity: 1};
  var outline = L.geoJSON(o.world, {pane: o.outline, interactive: false, style: landStyle}).addTo(map);
  var renderer = L.canvas({pane: o.outline, padding: 0.3});
  var detail = L.layerGroup(), squares = {}, labels = L.layerGroup().addTo(map), places = null, asked = false;
  map._geoBase = {detail: detail, squares: squares, labels: labels};
  map._geoAssets = o.assets;  // (geo/static/draw.js fetches the first-order areas' polygons there)

  var unpack = window.geoUnpack;
  function drawSquare(key, part) {
    var group = L.layerGroup();
    if (part.land.length)  // (one layer per square: its polygons, each with its lakes as holes)
      L.polygon(part.land.map(function (poly) { return poly.map(unpack); }), {renderer: renderer,
        interactive: false, stroke: false, fillColor: landStyle.fillColor, fillOpacity: 1}).addTo(group);
    if (part.lines.length)
      L.polyline(part.lines.map(unpack), {renderer: renderer, interactive: false, color: "#8c8c8c", weight: 0.8}).addTo(group);
    if (part.borders.length)
      L.polyline(part.borders.map(unpack), {renderer: renderer, interactive: false, color: "#9a8f8a", weight: 1.2,
        dashArray: "4 3"}).addTo(group);
    squares[key] = group;
    group.addTo(detail);
  }
  function fetchSquare(key) {
    squares[key] = null;  // asked once; a square of open sea has no file and stays empty
    fetch(o.assets + "/geo/basemap/tiles/" + key + ".json")
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (part) { if (part) drawSquare(key, part); })
      .catch(function () {});
  }
  function detailFor(b) {
    var s = Math.max(-90, Math.floor(b.getSouth() / SQUARE) * SQUARE), n = Math.min(90, b.getNorth());
    var w = Math.max(-180, Math.floor(b.getWest() / SQUARE) * SQUARE), e = Math.min(180, b.getEast());
    for (var x = w; x < e; x += SQUARE)
      for (var y = s; y < n; y += SQUARE) {
        var key = x + "_" + y;
        if (!(key in squares)) fetchSquare(key);
      }
  }
  function text(name, strong) {
    var d = document.createElement("div");
    d.textContent = name;
    d.style.cssText = "font:" + (strong ? "bold " : "") + "11px sans-serif;color:#4a4540;white-space:nowrap;" +
      "text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;transform:translate(6px,-7px)";
    return d;
  }
  function drawLabels() {
    labels.clearLayers();
    var z = map.getZoom();
    if (!places || z < LABELS_FROM) return;
    var b = map.getBounds(), taken = [], shown = 0;
    (map._geoNamed || []).forEach(function (n) {  // the data's place names (geo/static/draw.js) go first
      var at = map.latLngToContainerPoint([n[0], n[1]]);
      taken.push([at.x - n[2], at.y - 9, at.x + n[2] + n[3], at.y + 9]);
    });
    for (var k = 0; k < places.length && shown < MAX_LABELS; k++) {
      var p = places[k];
      if (p[3] > z + (p[4] === 2 ? 1 : 0) || !b.contains([p[1], p[2]])) continue;
      var at = map.latLngToContainerPoint([p[1], p[2]]);
      var w = 7 * p[0].length + 8, box = [at.x, at.y - 14, at.x + w, at.y + 4];
      if (taken.some(function (t) { return box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]; })) continue;
      taken.push(box);
      shown++;
      L.marker([p[1], p[2]], {pane: o.labels, interactive: false, keyboard: false,
        icon: L.divIcon({className: "geo-place-label", html: text(p[0], p[4] === 2), iconSize: [0, 0]})}).addTo(labels);
      L.circleMarker([p[1], p[2]], {pane: o.labels, interactive: false, radius: 1.5, weight: 1, color: "#4a4540",
        fillOpacity: 1}).addTo(labels);
    }
  }
  function update() {
    var z = map.getZoom();
    if (z >= DETAIL) {
      if (map.hasLayer(outline)) { map.removeLayer(outline); detail.addTo(map); }
      detailFor(map.getBounds().pad(0.2));
    } else if (!map.hasLayer(outline)) {
      map.removeLayer(detail);
      outline.addTo(map);
    }
    if (z >= LABELS_FROM && !asked) {
      asked = true;
      fetch(o.assets + "/geo/basemap/places.json")
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (p) { places = p; drawLabels(); })
        .catch(function () {});
    }
    drawLabels();
  }
  map.on("zoomend moveend", update);
  map.on("geo:names", drawLabels);
  map.whenReady(update);
};
