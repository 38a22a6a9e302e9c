/* geo's data layer: draws a map payload (geo.mapview.map_payload) into a Leaflet layer.
 * Loaded by the page from the app's static folder (geo.mapview.install_assets copies it there).
 * Every text of an article goes onto the page with textContent, never as HTML.
 * The page calls it from the one line of script geo.mapview.DataLayer writes: geoDraw(layer, payload),
 * the payload as JSON (standalone maps) or as base64 of its zlib deflate (the dashboard). */
window.geoDraw = function (group, P) {
  if (typeof P !== "string") { geoDrawPayload(group, P); return; }
  // a dashboard's payload comes deflated (zlib) in base64: a fifth of the bytes to send
  if (typeof DecompressionStream === "undefined") {
    console.error("geo: this browser cannot read the map's compressed data (DecompressionStream)");
    return;
  }
  var bin = atob(P), bytes = new Uint8Array(bin.length);
  for (var k = 0; k < bin.length; k++) bytes[k] = bin.charCodeAt(k);
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"))).json()
    .then(function (q) { geoDrawPayload(group, q); })
    .catch(function (e) { console.error("geo: the map's data could not be read", e); });
};

window.geoDrawPayload = function (group, P) {
  var MAX_NAMES = 60;  // place names drawn beside their circles at most (where they fit)
  var CELL = 64;  // a cell's side in pixels (geo.cells.CELL_PX)
  function el(tag, text, css) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null && text !== "") e.textContent = String(text);
    if (css) e.style.cssText = css;
    return e;
  }
  function safeHref(u) { return (typeof u === "string" && /^https?:\/\//i.test(u)) ? u : null; }
  var sources = {};
  P[0].forEach(function (s) { sources[s[0]] = s; });
  function fmt(n) { return (n === null || n === undefined) ? "–" : Number(n).toLocaleString("en"); }
  function range(lo, best, hi) {
    if (best === null || best === undefined) return "no toll reported";
    if (lo === best && best === hi) return fmt(best);
    return fmt(best) + " (low " + fmt(lo) + ", high " + fmt(hi) + ")";
  }
  function incidentNode(r) {
    var box = el("div", null, "margin:2px 0 6px 0");
    var head = el("div");
    head.appendChild(el("b", r[0]));
    if (r[1]) head.appendChild(document.createTextNode(" · " + r[1] + " (" + r[2] + "): " + range(r[3], r[4], r[5])));
    if (r[6]) head.appendChild(el("span", " ⚠ sources disagree", "color:#b2182b"));
    box.appendChild(head);
    if (r[7]) box.appendChild(el("div", r[7] + (r[8] && r[8] !== r[7] ? " – " + r[8] : ""), "font-size:11px;color:#555"));
    var ul = el("ul", null, "margin:4px 0 6px 16px;padding:0");
    r[9].forEach(function (v) {
      var li = el("li"), s = sources[v[0]] || [v[0], v[0], ""], href = safeHref(s[2]);
      var name = el(href ? "a" : "span", s[1]);
      if (href) { name.href = href; name.target = "_blank"; name.rel = "noopener noreferrer"; }
      li.appendChild(name);
      if (v[2] !== null && v[2] !== undefined) {
        li.appendChild(document.createTextNode(": "));
        li.appendChild(el("b", (v[1] ? v[1] + " " : "") + fmt(v[2])));
        li.appendChild(document.createTextNode(" per " + v[3] + (v[4] ? " via " + v[4] : "") + (v[5] ? " (" + v[5] + ")" : "")));
      }
      li.appendChild(el("br"));
      li.appendChild(el("i", "“" + v[6] + "”"));
      ul.appendChild(li);
    });
    if (r[10]) ul.appendChild(el("li", "… " + r[10] + " more"));
    if (r[9].length || r[10]) box.appendChild(ul);
    return box;
  }
  function line(text, bold, small) {
    var d = el("div", null, small ? "font-size:11px" : "");
    d.appendChild(document.createTextNode(text));
    if (bold) d.appendChild(el("b", bold));
    return d;
  }
  function localityNode(r) {
    var box = el("div", null, "max-height:360px;overflow:auto;font-size:12px");
    box.appendChild(el("b", r[0], "font-size:14px"));
    box.appendChild(el("small", " " + r[1] + " · precision " + r[2] + " (" + r[3] + ")"));
    if (r[4]) {
      box.appendChild(line("Killed, counted once: ", range(r[4][0], r[4][1], r[4][2])));
      if (r[5] !== null && r[5] !== undefined)
        box.appendChild(line("reported for the whole area " + fmt(r[5]) + "; the rest is counted at places inside it", "", 1));
      if (r[6].length)
        box.appendChild(line("by category (reported): " + r[6].map(function (c) { return c[0] + " " + fmt(c[1]); }).join(", "), "", 1));
    }
    r[7].forEach(function (o) {
      box.appendChild(line(o[0].charAt(0).toUpperCase() + o[0].slice(1) + ": ", range(o[1], o[2], o[3])));
    });
    box.appendChild(line(r[8] + " source(s) · " + r[9], "", 1));
    box.appendChild(el("hr", null, "margin:4px 0"));
    return box;
  }
  function textTip(t) { return function () { return el("span", t); }; }
  // a click on a circle reports the circle's own point (not the mouse's) to whatever listens on
  // the map (the dashboard: which locality was chosen); no text of the page goes with it
  function atCentre(e) { e.latlng = this.getLatLng(); }
  // Areas: a first-order area (or a region of them) as its polygons, fetched once per country
  // from the app (geo/data/basemap/admin1); a region of towns as the hull the payload carries.
  function areaStyle(colour) { return {interactive: false, fillColor: colour, color: colour, weight: 1.5,
    dashArray: "5 4", fillOpacity: 0.08}; }
  P[3].forEach(function (g) {
    if (g[0] !== "a1") { L.geoJSON({type: g[0], coordinates: g[1]}, {style: areaStyle(g[2])}).addTo(group); return; }
    withMap(function (map) {
      if (!map._geoAssets) return;
      var got = map._geoAdmin1 = map._geoAdmin1 || {};
      g[1].forEach(function (ref) {
        var cc = ref.slice(0, ref.indexOf(".")), code = ref.slice(ref.indexOf(".") + 1);
        if (!got[cc]) got[cc] = fetch(map._geoAssets + "/geo/basemap/admin1/" + encodeURIComponent(cc) + ".json")
          .then(function (r) { return r.ok ? r.json() : {}; }).catch(function () { return {}; });
        got[cc].then(function (areas) {
          var polys = areas[code];
          if (!polys) return;
          var shape = L.polygon(polys.map(function (poly) { return poly.map(window.geoUnpack); }), areaStyle(g[2]));
          shape._geoArea = ref;
          shape.addTo(group);
          shape.bringToBack();
        });
      });
    });
  });
  if (P[4].length && L.heatLayer) L.heatLayer(P[4], {radius: 25, maxZoom: 10}).addTo(group);
  function localityMarker(r, renderer) {
    var opts = {radius: r[2], fill: true, fillColor: r[3], color: r[4] ? r[3] : "#222",
      weight: 1, fillOpacity: r[4] ? 0.25 : 0.7};
    if (renderer) opts.renderer = renderer;
    return L.circleMarker([r[0], r[1]], opts)
      .bindTooltip(textTip(r[5]))
      .bindPopup(function () {
        var box = localityNode(r[6]);
        r[7].forEach(function (i) { box.appendChild(incidentNode(i)); });
        if (r[8]) box.appendChild(el("i", "… " + r[8] + " more incident(s): see the tables and downloads"));
        return box;
      }, {maxWidth: 440})
      .on("click", atCentre);
  }
  // The names of the places drawn, beside their circles: largest tolls first (the payload's
  // order), as many as fit without overlapping one another, in a pane above the map's names.
  var names = L.layerGroup().addTo(group);
  function nameLabels(indices) {
    var map = group._map;
    names.clearLayers();
    if (!map) return;
    if (!map.getPane("geoNames")) {
      var pane = map.createPane("geoNames");
      pane.style.zIndex = 450;
      pane.style.pointerEvents = "none";
    }
    var taken = [], shown = 0, named = [];
    for (var j = 0; j < indices.length && shown < MAX_NAMES; j++) {
      var r = P[1][indices[j]], at = map.latLngToContainerPoint([r[0], r[1]]);
      var name = String(r[6][0]), x = at.x + r[2] + 3, w = 7 * name.length + 6;
      var box = [x, at.y - 8, x + w, at.y + 8];
      if (taken.some(function (t) { return box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3]; })) continue;
      taken.push(box);
      named.push([r[0], r[1], r[2] + 3, w]);
      shown++;
      var face = el("div", name, "font:bold 11px sans-serif;color:#222;white-space:nowrap;" +
        "text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff;transform:translate(" + (r[2] + 3) + "px,-7px)");
      L.marker([r[0], r[1]], {pane: "geoNames", interactive: false, keyboard: false,
        icon: L.divIcon({className: "geo-name", html: face, iconSize: [0, 0]})}).addTo(names);
    }
    map._geoNamed = named;  // (the basemap's own place names keep clear of these)
    map.fire("geo:names");
  }
  function compact(n) {
    if (n >= 1e6) return (n / 1e6).toFixed(n >= 1e7 ? 0 : 1) + "M";
    if (n >= 1e3) return (n / 1e3).toFixed(n >= 1e4 ? 0 : 1) + "k";
    return String(n);
  }
  function withMap(cb) {
    if (group._map) cb(group._map); else group.once("add", function () { cb(group._map); });
  }
  // A crowded map (geo.cells): up to zoom C[0], where more than C[2] places are in view, the
  // cells of the zoom, each with the sum of its places' counted-once deaths (a click zooms to
  // its places; the dashboard never hears of it); else the places in view, drawn on a canvas,
  // whose clicks reach the page as the uncrowded map's circles do.
  function crowded(C) {
    var upto = C[0], levels = C[1];
    var cellLayer = L.layerGroup().addTo(group), placeLayer = L.featureGroup().addTo(group);
    var fast = L.canvas({padding: 0.5}), shown = {};
    var largest = levels.map(function (lv) { return lv.reduce(function (m, c) { return Math.max(m, c[4]); }, 0); });
    function cellTip(c) {
      if (c[3] === null)  // (a cell of the time slider's window)
        return c[2].toLocaleString("en") + " places with incidents in the window: " +
          c[4].toLocaleString("en") + " killed (counted once) · click to zoom in";
      return c[2].toLocaleString("en") + " places, " + c[3].toLocaleString("en") + " incidents: " +
        (c[4] ? c[4].toLocaleString("en") + " killed (counted once)" : "no death toll") +
        (c[5] ? ", " + c[5].toLocaleString("en") + " wounded" : "") + " · click to zoom in";
    }
    // with the time slider on: the cells of the places active in the window, gathered here
    // as geo.cells gathers them (squares of CELL px of the Web Mercator plane at this zoom),
    // each with its places' deaths in the window
    function windowCells(z, active) {
      var bins = {}, out = [];
      active.forEach(function (k) {
        var r = P[1][k], q = group._map.project([r[0], r[1]], z), key = Math.floor(q.x / CELL) + ":" + Math.floor(q.y / CELL);
        var b = bins[key];
        if (!b) b = bins[key] = {lat: 0, lon: 0, n: 0, killed: 0, top: -1, colour: r[3], s: r[0], w: r[1], nn: r[0], e: r[1]};
        var v = windowValues[k];
        b.lat += r[0]; b.lon += r[1]; b.n++; b.killed += v;
        if (v > b.top) { b.top = v; b.colour = r[3]; }
        b.s = Math.min(b.s, r[0]); b.nn = Math.max(b.nn, r[0]); b.w = Math.min(b.w, r[1]); b.e = Math.max(b.e, r[1]);
      });
      Object.keys(bins).forEach(function (key) {
        var b = bins[key];
        out.push([b.lat / b.n, b.lon / b.n, b.n, null, b.killed, 0, b.colour, b.s, b.w, b.nn, b.e]);
      });
      return out;
    }
    function update() {
      var map = group._map;
      if (!map) return;
      var z = map.getZoom(), view = map.getBounds().pad(0.25), inView = [];
      P[1].forEach(function (r, k) {
        if ((!windowValues || windowValues[k] >= 0) && view.contains([r[0], r[1]])) inView.push(k);
      });
      cellLayer.clearLayers();
      if (z <= upto && inView.length > C[2]) {
        placeLayer.clearLayers();
        names.clearLayers();
        shown = {};
        var lv = windowValues ? windowCells(z, inView) : levels[Math.max(z, 1) - 1];
        var big = windowValues ? lv.reduce(function (m, c) { return Math.max(m, c[4]); }, 0) || 1
          : largest[Math.max(z, 1) - 1] || 1;
        lv.forEach(function (c) {
          if (!view.contains([c[0], c[1]])) return;
          var size = 24 + Math.round(18 * Math.sqrt(c[4] / big));
          var face = el("div", c[4] ? compact(c[4]) : "·" + c[2], "width:" + size + "px;height:" + size + "px;" +
            "font:bold 11px sans-serif;line-height:" + size + "px;border-radius:50%;text-align:center;color:#fff;" +
            "background:" + c[6] + ";opacity:.85;border:1px solid #222;box-sizing:border-box");
          L.marker([c[0], c[1]], {keyboard: false, icon: L.divIcon({className: "geo-cell", html: face,
            iconSize: [size, size]})})
            .bindTooltip(textTip(cellTip(c)))
            .on("click", function () {
              map.fitBounds([[c[7], c[8]], [c[9], c[10]]], {padding: [40, 40], maxZoom: upto + 1});
            })
            .addTo(cellLayer);
        });
        return;
      }
      var keep = {};
      inView.forEach(function (k) {
        keep[k] = true;
        if (!shown[k]) shown[k] = localityMarker(P[1][k], fast).addTo(placeLayer);
        shown[k].setRadius(windowValues ? timeRadius(P[8], windowValues[k]) : P[1][k][2]);
      });
      Object.keys(shown).forEach(function (k) {
        if (!keep[k]) { placeLayer.removeLayer(shown[k]); delete shown[k]; }
      });
      nameLabels(inView);
    }
    withMap(function (map) {
      map.on("zoomend moveend", update);
      group.on("remove", function () { map.off("zoomend moveend", update); });
      update();
    });
    var find = function (map, k) {  // (the search box's: close enough in for the place's own marker)
      map.setView([P[1][k][0], P[1][k][1]], Math.max(map.getZoom(), upto + 1), {animate: false});
      update();
      return shown[k];
    };
    find.update = update;  // (the time slider's redraw)
    return find;
  }
  // A time slider over the incidents' dates (T = geo.mapview.time_rows): the places with an
  // incident in the window, each circle sized by the deaths of those incidents alone, as counted
  // once on the whole map (so any window's deaths add up without counting any twice); a play
  // button steps through time. Off, the map is the whole period's, undated tolls included.
  // The window's deaths of each place (T = the payload's time rows): null when the slider is
  // off, else per place the sum of its incidents in the window, or -1 when it has none there.
  var windowValues = null;
  function timeRadius(T, n) { return n > 0 ? Math.max(T[3] + 1, T[4] * Math.sqrt(n / Math.max(T[5], 1))) : T[3]; }
  function timeSlider(map, T, redraw) {
    if (map._geoTime) map.removeControl(map._geoTime);
    var first = Date.UTC(+T[0].slice(0, 4), +T[0].slice(5, 7) - 1, +T[0].slice(8, 10)), last = T[1];
    function iso(k) { return new Date(first + k * 86400000).toISOString().slice(0, 10); }
    var undated = T[2].filter(function (rows) { return !rows.length; }).length;
    var Time = L.Control.extend({options: {position: "bottomright"}, onAdd: function () {
      var box = el("div", null, "background:rgba(255,255,255,.94);padding:6px 8px;border-radius:4px;" +
        "box-shadow:0 1px 4px rgba(0,0,0,.3);font:12px sans-serif;max-width:330px");
      box.className = "leaflet-control geo-time";
      var head = el("label", null, "cursor:pointer;font-weight:bold");
      var on = el("input");
      on.type = "checkbox";
      on.className = "geo-time-on";
      head.appendChild(on);
      head.appendChild(document.createTextNode(" Over time (" + T[0] + " – " + iso(last) + ")"));
      box.appendChild(head);
      var body = el("div", null, "display:none;margin-top:4px");
      var slider = el("input", null, "width:300px");
      slider.type = "range"; slider.min = 0; slider.max = last; slider.step = 1; slider.value = last;
      slider.className = "geo-time-slider";
      slider.setAttribute("aria-label", "Date");
      var span = el("select", null, "font:12px sans-serif");
      span.className = "geo-time-window";
      [["0", "up to the day"], ["1", "that day"], ["7", "7 days to the day"], ["30", "30 days to the day"]].forEach(function (o) {
        var opt = el("option", o[1]);
        opt.value = o[0];
        span.appendChild(opt);
      });
      var play = el("button", "▶ play", "font:12px sans-serif;margin-left:4px");
      play.type = "button";
      play.className = "geo-time-play";
      var status = el("div", null, "margin-top:3px");
      status.className = "geo-time-status";
      body.appendChild(slider);
      var row = el("div");
      row.appendChild(span);
      row.appendChild(play);
      body.appendChild(row);
      body.appendChild(status);
      box.appendChild(body);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      var timer = null;
      function apply() {
        var hi = +slider.value, win = +span.value, lo = win ? hi - win + 1 : -Infinity, places = 0, killed = 0;
        var upTo = hi + T[6], from = lo + T[6];  // (the rows' days count from 1970)
        windowValues = on.checked ? T[2].map(function (rows) {
          var seen = false, n = 0;
          for (var j = 0; j < rows.length; j++) {
            if (rows[j][0] <= upTo && rows[j][1] >= from) { seen = true; n += rows[j][2]; }
          }
          if (seen) { places++; killed += n; }
          return seen ? n : -1;
        }) : null;
        redraw();
        status.textContent = on.checked ? (win === 1 ? "on " : win ? iso(Math.max(0, lo)) + " – " : "up to ") + iso(hi) + ": " +
          places.toLocaleString("en") + " place(s), " + killed.toLocaleString("en") + " killed (counted once)" +
          (undated ? "; " + undated + " place(s) with undated tolls hidden" : "") : "";
      }
      function stop() { if (timer) { clearInterval(timer); timer = null; } play.textContent = "▶ play"; }
      on.addEventListener("change", function () {
        body.style.display = on.checked ? "block" : "none";
        if (!on.checked) stop();
        apply();
      });
      slider.addEventListener("input", function () { stop(); apply(); });
      span.addEventListener("change", apply);
      play.addEventListener("click", function () {
        if (timer) { stop(); return; }
        var step = Math.max(1, Math.ceil(last / 60));
        if (+slider.value >= last) slider.value = 0;
        play.textContent = "❚❚ pause";
        apply();
        timer = setInterval(function () {
          slider.value = Math.min(last, +slider.value + step);
          apply();
          if (+slider.value >= last) stop();
        }, 700);
      });
      group.on("remove", stop);
      return box;
    }});
    map._geoTime = new Time().addTo(map);
  }
  // where a place found by the search box is: fly there, then its marker (made once in view)
  var reveal;
  if (P[7]) reveal = crowded(P[7]);
  else {
    var markers = P[1].map(function (r) { return localityMarker(r).addTo(group); });
    var labelInView = function () {
      var map = group._map, view = map.getBounds(), inView = [];
      P[1].forEach(function (r, k) { if (group.hasLayer(markers[k]) && view.contains([r[0], r[1]])) inView.push(k); });
      nameLabels(inView);
    };
    withMap(function (map) {
      map.on("zoomend moveend", labelInView);
      group.on("remove", function () { map.off("zoomend moveend", labelInView); });
      labelInView();
    });
    reveal = function (map, k) {
      map.setView([P[1][k][0], P[1][k][1]], Math.max(map.getZoom(), 8), {animate: false});
      return markers[k];
    };
    if (P[8]) withMap(function (map) {
      timeSlider(map, P[8], function () {
        markers.forEach(function (m, k) {
          var n = windowValues ? windowValues[k] : null;
          if (n !== null && n < 0) { if (group.hasLayer(m)) group.removeLayer(m); return; }
          m.setRadius(n === null ? P[1][k][2] : timeRadius(P[8], n));
          if (!group.hasLayer(m)) group.addLayer(m);
        });
        labelInView();
      });
    });
  }
  if (P[8] && P[7]) withMap(function (map) { timeSlider(map, P[8], function () { reveal.update(); }); });
  if (!P[8]) withMap(function (map) { if (map._geoTime) { map.removeControl(map._geoTime); map._geoTime = null; } });
  // A search box over the places on the map (their names, not the gazetteer): pick one and the
  // map flies to it and opens it as a click would (the dashboard narrows its tables to it).
  // The names are put on the page as text.
  withMap(function (map) {
    if (map._geoSearch) map.removeControl(map._geoSearch);
    var Search = L.Control.extend({options: {position: "topright"}, onAdd: function () {
      var box = el("div", null, "background:#fff;padding:5px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);" +
        "font:12px sans-serif;max-width:260px");
      box.className = "leaflet-control geo-search";
      var input = el("input", null, "width:200px;font:12px sans-serif");
      input.type = "search";
      input.placeholder = "Find a place on the map";
      input.setAttribute("aria-label", "Find a place on the map");
      var list = el("div", null, "max-height:220px;overflow:auto");
      box.appendChild(input);
      box.appendChild(list);
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      input.addEventListener("input", function () {
        while (list.firstChild) list.removeChild(list.firstChild);
        var q = input.value.trim().toLowerCase(), hits = 0;
        if (q.length < 2) return;
        for (var k = 0; k < P[1].length && hits < 10; k++) {  // (largest tolls first: the payload's order)
          if (String(P[1][k][6][0]).toLowerCase().indexOf(q) < 0) continue;
          hits++;
          var item = el("div", P[1][k][5], "cursor:pointer;padding:3px 2px;border-top:1px solid #eee");
          item.className = "geo-search-hit";
          item.addEventListener("click", (function (k) {
            return function () {
              var m = reveal(map, k);
              if (m) m.fire("click", {latlng: m.getLatLng()}, true);
            };
          })(k));
          list.appendChild(item);
        }
        if (!hits) list.appendChild(el("div", "No place of that name on the map", "color:#777;padding:3px 2px"));
      });
      return box;
    }});
    map._geoSearch = new Search().addTo(map);
  });
  if (P[2].length) {
    var fast = L.canvas({padding: 0.5});
    P[2].forEach(function (r) {
      L.circleMarker([r[0], r[1]], {radius: 3, fill: true, fillColor: r[2], color: "#000", weight: 0.5,
        fillOpacity: 0.9, renderer: fast})
        .bindTooltip(textTip(r[3]))
        .bindPopup(function () {
          var box = el("div", null, "font-size:12px");
          box.appendChild(el("b", r[4]));
          box.appendChild(incidentNode(r[5]));
          return box;
        }, {maxWidth: 440})
        .addTo(group);
    });
  }
  // The box the page is narrowed to (an area drawn on the map), drawn as a dashed frame.
  if (P[9]) L.rectangle([[P[9][0], P[9][1]], [P[9][2], P[9][3]]], {interactive: false, fill: false,
    color: "#b2182b", weight: 2, dashArray: "6 4"}).addTo(group);
  // In the dashboard (streamlit-folium's page), a tool to draw that box: press, drag, release.
  // The box goes to the page as a drawing (streamlit-folium's "draw:created"), which narrows the
  // map, totals, tables and downloads to the places in it; nothing else of the map is sent.
  withMap(function (map) {
    if (!window.__GLOBAL_DATA__ || map._geoDrawTool) return;
    var Tool = L.Control.extend({options: {position: "topleft"}, onAdd: function () {
      var bar = el("div");
      bar.className = "leaflet-bar leaflet-control";
      var b = el("a", "▭", "font:bold 16px sans-serif;cursor:pointer");
      b.className = "geo-draw-area";
      b.href = "#";
      b.title = "Draw an area: the map, totals, tables and downloads keep what lies in it";
      b.setAttribute("role", "button");
      b.setAttribute("aria-label", b.title);
      bar.appendChild(b);
      L.DomEvent.disableClickPropagation(bar);
      L.DomEvent.on(b, "click", function (e) {
        L.DomEvent.preventDefault(e);
        var box = map.getContainer(), from = null, frame = null;
        map.dragging.disable();
        box.style.cursor = "crosshair";
        function move(ev) { if (frame) frame.setBounds(L.latLngBounds(from, ev.latlng)); }
        function down(ev) {
          L.DomUtil.disableTextSelection();  // (a drag over the map's controls selects no text)
          if (ev.originalEvent) ev.originalEvent.preventDefault();
          from = ev.latlng;
          frame = L.rectangle([from, from], {interactive: false, fill: false, color: "#b2182b", weight: 2}).addTo(map);
          map.on("mousemove", move);
          map.once("mouseup", up);
        }
        function up(ev) {
          L.DomUtil.enableTextSelection();
          map.off("mousemove", move);
          map.dragging.enable();
          box.style.cursor = "";
          var a = map.latLngToContainerPoint(from), z = map.latLngToContainerPoint(ev.latlng);
          if (Math.abs(a.x - z.x) < 8 || Math.abs(a.y - z.y) < 8) { map.removeLayer(frame); return; }  // a click, no area
          frame.setBounds(L.latLngBounds(from, ev.latlng));
          map.fire("draw:created", {layer: frame, layerType: "rectangle"});
          setTimeout(function () { map.removeLayer(frame); }, 4000);  // (the page draws the box it keeps)
        }
        map.once("mousedown", down);
      });
      return bar;
    }});
    map._geoDrawTool = new Tool().addTo(map);
  });
  // the legend lives in the map's own corner, replaced when the data changes
  var host = document.querySelector(".leaflet-bottom.leaflet-left") || document.body;
  var old = document.getElementById("geo-legend");
  if (old) old.parentNode.removeChild(old);
  var legend = el("div", null, "background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;" +
    "font:12px sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3);margin:0 0 24px 10px;pointer-events:auto");
  legend.id = "geo-legend";
  legend.className = "leaflet-control";
  legend.appendChild(el("b", "Dominant event type"));
  P[5].forEach(function (t) {
    var d = el("div");
    d.appendChild(el("span", null, "display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px;background:" + t[1]));
    d.appendChild(document.createTextNode(t[0]));
    legend.appendChild(d);
  });
  if (P[6]) legend.appendChild(el("div", "circle area ∝ deaths (largest " + P[6].toLocaleString("en") + ")", "margin-top:4px"));
  if (P[7]) legend.appendChild(el("div", "zoomed out: places gathered in cells, the number the deaths counted " +
    "once in them (·N: N places, no death toll)", "margin-top:4px;max-width:220px"));
  host.appendChild(legend);
};
