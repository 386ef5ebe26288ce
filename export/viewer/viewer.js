// The page of `ergraph view` (export/viewer/viewer.html): draws the embedded graph with
// Cytoscape.js at the positions computed by ergraph (export/detail/layout.h), and offers search,
// neighbourhoods, an evidence panel and filters by type, relation and date.
// Text from articles is only ever inserted with textContent, never as HTML.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("ergraph-data").textContent);
  // Fill and shape by type, as in the DOT and GEXF outputs (data.types, legend order).
  var TYPE_ORDER = data.types.map(function (t) { return t.type; });
  var TYPE_COLOURS = {}, TYPE_SHAPES = {};
  var SHAPES = { disc: "ellipse", square: "round-rectangle", triangle: "triangle", diamond: "diamond" };
  data.types.forEach(function (t) {
    TYPE_COLOURS[t.type] = t.color;
    TYPE_SHAPES[t.type] = SHAPES[t.shape] || "ellipse";
  });
  var OTHER_COLOUR = "#D7DBDD";

  var nodeById = {};
  var edgeById = {};
  data.nodes.forEach(function (n) { nodeById[n.id] = n; });
  data.edges.forEach(function (e) { edgeById[e.id] = e; });

  function norm(s) { return String(s || "").toLowerCase().replace(/\s+/g, " ").trim(); }
  function colourOf(type) { return TYPE_COLOURS[type] || OTHER_COLOUR; }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  // ---- graph ----------------------------------------------------------------------------------
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({
      group: "nodes",
      data: {
        id: n.id, label: n.label, type: n.type, color: colourOf(n.type), shape: TYPE_SHAPES[n.type] || "ellipse",
        size: Math.min(80, 12 + 6 * Math.sqrt(Math.max(0, n.mentions)))
      },
      position: { x: n.x, y: n.y }
    });
  });
  data.edges.forEach(function (e) {
    elements.push({
      group: "edges",
      data: {
        id: e.id, source: e.source, target: e.target,
        label: (e.polarity === "negative" ? "not " : "") + e.relation,
        polarity: e.polarity, modality: e.modality,
        width: 1 + Math.min(6, Math.log2(Math.max(1, e.count)))
      }
    });
  });
  var large = data.nodes.length > 1500 || data.edges.length > 3000;

  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: elements,
    layout: { name: "preset" },
    minZoom: 0.02,
    maxZoom: 5,
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", "shape": "data(shape)", "width": "data(size)", "height": "data(size)",
        "label": "data(label)", "font-size": 10, "color": "#222", "text-valign": "bottom",
        "text-margin-y": 2, "min-zoomed-font-size": large ? 11 : 7, "border-width": 1, "border-color": "#7b7d7d" } },
      { selector: "edge", style: {
        "width": "data(width)", "line-color": "#b8b8b8", "target-arrow-color": "#b8b8b8",
        "target-arrow-shape": large ? "none" : "triangle", "arrow-scale": 0.8,
        "curve-style": large ? "haystack" : "bezier", "opacity": 0.85 } },
      { selector: "edge[modality = 'hedged']", style: { "line-style": "dotted" } },
      { selector: "edge[polarity = 'negative']", style: { "line-style": "dashed" } },
      { selector: "edge.focus, edge:selected", style: {
        "label": "data(label)", "font-size": 9, "text-rotation": "autorotate", "color": "#333",
        "text-background-color": "#fff", "text-background-opacity": 0.85, "text-background-padding": 1,
        "line-color": "#6b8fc7", "target-arrow-color": "#6b8fc7" } },
      { selector: "edge:selected", style: { "line-color": "#1a5fb4", "target-arrow-color": "#1a5fb4", "width": 4 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#111" } },
      { selector: ".faded", style: { "opacity": 0.12, "text-opacity": 0 } },
      { selector: ".filtered", style: { "display": "none" } }
    ]
  });
  cy.fit(undefined, 30);

  // ---- controls -------------------------------------------------------------------------------
  var panel = document.getElementById("panel");
  var searchInput = document.getElementById("search");
  var searchMessage = document.getElementById("search-message");
  var relationInput = document.getElementById("relation-filter");
  var sinceInput = document.getElementById("since");
  var untilInput = document.getElementById("until");
  var keepUndatedInput = document.getElementById("keep-undated");
  var hideIsolatedInput = document.getElementById("hide-isolated");
  document.getElementById("title").textContent = data.title || "ergraph";

  var typeCounts = {};
  data.nodes.forEach(function (n) { typeCounts[n.type] = (typeCounts[n.type] || 0) + 1; });
  var types = Object.keys(typeCounts).sort(function (a, b) {
    var ia = TYPE_ORDER.indexOf(a), ib = TYPE_ORDER.indexOf(b);
    if (ia < 0) ia = TYPE_ORDER.length;
    if (ib < 0) ib = TYPE_ORDER.length;
    return ia !== ib ? ia - ib : (a < b ? -1 : a > b ? 1 : 0);
  });
  var typeBoxes = {};
  var legend = document.getElementById("legend");
  types.forEach(function (t) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.type = t;
    box.addEventListener("change", applyFilters);
    typeBoxes[t] = box;
    var swatch = el("span", null, "legend-swatch");
    swatch.style.background = colourOf(t);
    label.appendChild(box);
    label.appendChild(document.createTextNode(" "));
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(t + " (" + typeCounts[t] + ")"));
    legend.appendChild(label);
  });

  var names = document.getElementById("names");
  data.nodes.slice().sort(function (a, b) { return b.mentions - a.mentions; }).slice(0, 5000).forEach(function (n) {
    var o = document.createElement("option");
    o.value = n.label;
    names.appendChild(o);
  });

  function updateStats() {
    var shownNodes = cy.nodes().not(".filtered").length;
    var shownEdges = cy.edges().not(".filtered").length;
    document.getElementById("stats").textContent =
      data.nodes.length + " entities, " + data.edges.length + " relations" +
      (shownNodes !== data.nodes.length || shownEdges !== data.edges.length
        ? " (shown: " + shownNodes + ", " + shownEdges + ")" : "");
  }

  function edgePassesFilters(rec, relation, since, until, keepUndated) {
    if (relation) {
      var texts = [rec.relation].concat(rec.evidence.map(function (ev) { return ev.relation_text; }));
      if (!texts.some(function (t) { return norm(t).indexOf(relation) >= 0; })) return false;
    }
    if (rec.dates.length === 0) return keepUndated;
    if (!since && !until) return true;
    return rec.dates.some(function (d) { return (!since || d >= since) && (!until || d <= until); });
  }

  function applyFilters() {
    var relation = norm(relationInput.value);
    var since = sinceInput.value, until = untilInput.value, keepUndated = keepUndatedInput.checked;
    cy.batch(function () {
      cy.nodes().forEach(function (n) { n.toggleClass("filtered", !typeBoxes[n.data("type")].checked); });
      cy.edges().forEach(function (e) {
        var ok = !e.source().hasClass("filtered") && !e.target().hasClass("filtered") &&
          edgePassesFilters(edgeById[e.id()], relation, since, until, keepUndated);
        e.toggleClass("filtered", !ok);
      });
      if (hideIsolatedInput.checked) {
        cy.nodes().not(".filtered").forEach(function (n) {
          if (n.connectedEdges().not(".filtered").length === 0) n.addClass("filtered");
        });
      }
    });
    updateStats();
  }
  [relationInput, sinceInput, untilInput].forEach(function (i) { i.addEventListener("input", applyFilters); });
  [keepUndatedInput, hideIsolatedInput].forEach(function (i) { i.addEventListener("change", applyFilters); });

  // ---- search and neighbourhoods ---------------------------------------------------------------
  // Best match for a name: the label, then an alias, then a whole word of the label, then part of
  // the label or of an alias; ties go to the entity with more mentions, then the smaller id.
  function findNode(name) {
    var q = norm(name);
    if (!q) return null;
    var best = null, bestRank = 99;
    data.nodes.forEach(function (n) {
      var label = norm(n.label), aliases = n.aliases.map(norm), rank = 99;
      if (label === q) rank = 0;
      else if (aliases.indexOf(q) >= 0) rank = 1;
      else if (label.split(" ").indexOf(q) >= 0) rank = 2;
      else if (label.indexOf(q) >= 0) rank = 3;
      else if (aliases.some(function (a) { return a.indexOf(q) >= 0; })) rank = 4;
      if (rank < bestRank || (rank === bestRank && rank < 99 &&
          (n.mentions > best.mentions || (n.mentions === best.mentions && n.id < best.id)))) {
        best = n;
        bestRank = rank;
      }
    });
    return best;
  }

  function clearFocus() {
    cy.elements().removeClass("faded focus");
  }

  function focusNode(node) {
    clearFocus();
    var hood = node.closedNeighborhood();
    cy.elements().not(hood).addClass("faded");
    hood.edges().addClass("focus");
    cy.elements(":selected").unselect();
    node.select();
    cy.stop();
    // Centre the entity, zoomed to show its neighbours but never closer than 1.5.
    var view = cy.getFitViewport(hood.not(".filtered"), 60);
    var zoom = Math.min(1.5, view ? view.zoom : cy.zoom());
    cy.animate({ zoom: zoom, center: { eles: node } }, { duration: 250 });
    showNodePanel(node);
  }

  function search(name) {
    var rec = findNode(name);
    if (!rec) {
      searchMessage.textContent = "No entity matches \u201c" + name + "\u201d.";
      return null;
    }
    var node = cy.getElementById(rec.id);
    searchMessage.textContent = node.hasClass("filtered") ? rec.label + " is hidden by the filters." : "";
    focusNode(node);
    return rec.id;
  }

  function doSearch() { search(searchInput.value); }
  searchInput.addEventListener("keydown", function (e) { if (e.key === "Enter") doSearch(); });
  document.getElementById("search-go").addEventListener("click", doSearch);
  document.getElementById("reset").addEventListener("click", function () {
    clearFocus();
    cy.elements(":selected").unselect();
    searchMessage.textContent = "";
    cy.fit(cy.elements().not(".filtered"), 30);
  });

  // ---- side panel -----------------------------------------------------------------------------
  function addFacts(parent, facts) {
    var dl = el("dl");
    facts.forEach(function (f) {
      if (f[1] === "" || f[1] === null || f[1] === undefined) return;
      dl.appendChild(el("dt", f[0]));
      dl.appendChild(el("dd", f[1]));
    });
    parent.appendChild(dl);
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }

  function showNodePanel(node) {
    var rec = nodeById[node.id()];
    panel.replaceChildren();
    panel.appendChild(el("h1", rec.label));
    addFacts(panel, [
      ["type", rec.type], ["mentions", rec.mentions], ["documents", rec.documents],
      ["also written", rec.aliases.join("; ")],
      ["seen", rec.first_seen ? rec.first_seen + (rec.last_seen !== rec.first_seen ? " to " + rec.last_seen : "") : ""]
    ]);
    var edges = node.connectedEdges().sort(function (a, b) { return a.id() < b.id() ? -1 : 1; });
    panel.appendChild(el("h2", "Relations (" + edges.length + ")"));
    var list = el("ul");
    edges.forEach(function (e) {
      var item = el("li");
      var link = el("a", nodeById[e.source().id()].label + " \u2013" + e.data("label") + "\u2192 " +
                    nodeById[e.target().id()].label);
      link.href = "#";
      link.addEventListener("click", function (ev) { ev.preventDefault(); e.emit("tap"); });
      item.appendChild(link);
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  function showEdgePanel(edge) {
    var rec = edgeById[edge.id()];
    panel.replaceChildren();
    panel.appendChild(el("h1", nodeById[rec.source].label + " \u2013" + edge.data("label") + "\u2192 " +
                               nodeById[rec.target].label));
    addFacts(panel, [
      ["seen", rec.count + (rec.count === 1 ? " time" : " times")],
      ["confidence", typeof rec.confidence === "number" ? rec.confidence.toFixed(2) : ""],
      ["factuality", rec.factuality], ["polarity", rec.polarity], ["modality", rec.modality],
      ["according to", rec.attributions.join("; ")], ["dates", rec.dates.join(", ")]
    ]);
    panel.appendChild(el("h2", "Evidence (" + rec.evidence.length + (rec.count > rec.evidence.length ? " of " + rec.count : "") + ")"));
    rec.evidence.forEach(function (ev) {
      var box = el("div", null, "evidence");
      box.appendChild(el("blockquote", ev.text));
      var meta = el("div", null, "meta");
      var where = ev.doc + ", sentence " + ev.sentence + (ev.date ? ", " + ev.date : "");
      meta.appendChild(el("div", where));
      if (ev.title || ev.url) {
        var url = safeUrl(ev.url);
        var title = ev.title || ev.url;
        var line = el("div");
        if (url) {
          var a = el("a", title);
          a.href = url;
          a.target = "_blank";
          a.rel = "noopener noreferrer";
          line.appendChild(a);
        } else {
          line.textContent = title;
        }
        meta.appendChild(line);
      }
      var facts = ["factuality " + ev.factuality];
      if (ev.relation_text) facts.push("\u201c" + ev.relation_text + "\u201d");
      if (ev.hedge) facts.push("hedged by \u201c" + ev.hedge + "\u201d");
      if (ev.attribution) facts.push("according to " + ev.attribution);
      meta.appendChild(el("div", facts.join(" \u00b7 ")));
      box.appendChild(meta);
      panel.appendChild(box);
    });
  }

  cy.on("tap", "node", function (evt) { focusNode(evt.target); });
  cy.on("tap", "edge", function (evt) {
    var edge = evt.target;
    cy.elements(":selected").unselect();
    edge.select();
    showEdgePanel(edge);
  });
  cy.on("tap", function (evt) {
    if (evt.target === cy) {
      clearFocus();
      cy.elements(":selected").unselect();
    }
  });

  applyFilters();

  // ---- for scripts and tests (tests/e2e/viewer_test.mjs) ---------------------------------------
  window.ergraphViewer = {
    nodeCount: function () { return cy.nodes().length; },
    edgeCount: function () { return cy.edges().length; },
    shownNodeCount: function () { return cy.nodes().not(".filtered").length; },
    shownEdgeCount: function () { return cy.edges().not(".filtered").length; },
    search: search,
    selectedNodeId: function () { var s = cy.nodes(":selected"); return s.length ? s[0].id() : null; },
    nodeLabel: function (id) { return nodeById[id] ? nodeById[id].label : null; },
    edgeIds: function () { return data.edges.map(function (e) { return e.id; }); },
    clickEdge: function (id) {
      var e = cy.getElementById(id);
      if (e.empty() || !e.isEdge()) return false;
      e.emit("tap");
      return true;
    },
    panelText: function () { return panel.textContent; },
    setFilters: function (f) {
      if (f.relation !== undefined) relationInput.value = f.relation;
      if (f.since !== undefined) sinceInput.value = f.since;
      if (f.until !== undefined) untilInput.value = f.until;
      if (f.keepUndated !== undefined) keepUndatedInput.checked = f.keepUndated;
      if (f.hideIsolated !== undefined) hideIsolatedInput.checked = f.hideIsolated;
      if (f.types) Object.keys(typeBoxes).forEach(function (t) { typeBoxes[t].checked = f.types.indexOf(t) >= 0; });
      applyFilters();
    },
    cy: cy
  };
})();
