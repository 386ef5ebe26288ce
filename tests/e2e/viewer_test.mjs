// Browser test of the page `ergraph view` writes: playwright-core drives headless Chromium
// (Debian's /usr/bin/chromium, or $CHROMIUM) over the file:// page.
//   node viewer_test.mjs GRAPH.graphml GRAPH.html SCREENSHOT.png
// tests/e2e/e2e.sh (case viewer_browser) builds samples/ and runs it. Exits 1 on the first failed
// check, naming it; the screenshot of the whole page is written to SCREENSHOT.png.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const [graphml, html, screenshot] = process.argv.slice(2);
if (!screenshot) {
  console.error("usage: node viewer_test.mjs GRAPH.graphml GRAPH.html SCREENSHOT.png");
  process.exit(2);
}

class Failure extends Error {}
function check(ok, what) {
  if (!ok) throw new Failure(what);
}

const source = readFileSync(graphml, "utf8");
const graphmlNodes = (source.match(/<node\s/g) || []).length;
const graphmlEdges = (source.match(/<edge\s/g) || []).length;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
});
let status = 0;
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  const requests = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push("console: " + m.text()); });
  page.on("pageerror", (e) => errors.push("page error: " + e.message));
  page.on("request", (r) => { if (!/^(file|data|blob|about):/.test(r.url())) requests.push(r.url()); });

  await page.goto(pathToFileURL(html).href);
  await page.waitForFunction(() => window.ergraphViewer !== undefined, null, { timeout: 15000 });
  const v = (fn, arg) => page.evaluate(fn, arg);

  // The page holds the whole graph, and nothing can end its script elements early.
  check(graphmlNodes > 10, `the sample graph has nodes (GraphML: ${graphmlNodes})`);
  const nodes = await v(() => window.ergraphViewer.nodeCount());
  const edges = await v(() => window.ergraphViewer.edgeCount());
  check(nodes === graphmlNodes, `node count in the page ${nodes} == GraphML node count ${graphmlNodes}`);
  check(edges === graphmlEdges, `edge count in the page ${edges} == GraphML edge count ${graphmlEdges}`);
  check((await v(() => document.scripts.length)) === 3, "the page has exactly its three script elements");

  // Search through the search box: "putin" selects Vladimir Putin and fades what is not a neighbour.
  await page.fill("#search", "putin");
  await page.press("#search", "Enter");
  const selected = await v(() => window.ergraphViewer.selectedNodeId());
  check(selected !== null, "searching \"putin\" selects a node");
  const label = await v((id) => window.ergraphViewer.nodeLabel(id), selected);
  check(label === "Vladimir Putin", `searching "putin" selects Vladimir Putin (got ${label})`);
  check((await v(() => window.ergraphViewer.search("russian president VLADIMIR putin"))) === selected, "an alias finds the same node");
  check((await v(() => window.ergraphViewer.search("no such entity xyz"))) === null, "an unknown name selects nothing");
  check((await page.textContent("#search-message")).includes("No entity matches"), "an unknown name is reported");
  const faded = await v(() => window.ergraphViewer.cy.elements(".faded").length);
  check(faded > 0, "the search fades the elements outside the neighbourhood");
  check((await v(() => window.ergraphViewer.panelText())).includes("Vladimir Putin"), "the panel names the entity");

  // Clicking an edge shows its evidence sentences in the side panel.
  const edge = await v(() => {
    const data = JSON.parse(document.getElementById("ergraph-data").textContent);
    // Prefer an edge of Vladimir Putin from an article with a title and url (samples/03_wire.jsonl).
    const putin = data.nodes.find((n) => n.label === "Vladimir Putin");
    const ok = (e) => e.evidence.length > 0 && e.evidence[0].text.length > 20;
    const linked = (e) => ok(e) && /^https:/.test(e.evidence[0].url) && e.evidence[0].title !== "";
    return data.edges.find((e) => linked(e) && putin && (e.source === putin.id || e.target === putin.id)) ||
           data.edges.find(linked) || data.edges.find(ok);
  });
  check(edge !== undefined, "some edge has an evidence sentence");
  check(await v((id) => window.ergraphViewer.clickEdge(id), edge.id), "clickEdge finds the edge");
  const panel = await v(() => window.ergraphViewer.panelText());
  check(panel.includes(edge.evidence[0].text), `the panel shows the evidence sentence "${edge.evidence[0].text}"`);
  check(panel.includes(edge.evidence[0].doc), `the panel shows the document id ${edge.evidence[0].doc}`);
  check(panel.includes(edge.evidence[0].factuality), "the panel shows the factuality");
  if (edge.evidence[0].url) {
    const link = await v((url) => {
      const a = [...document.querySelectorAll("#panel a")].find((x) => x.getAttribute("href") === url);
      return a ? a.textContent : null;
    }, edge.evidence[0].url);
    check(link === edge.evidence[0].title, `the panel links the article's title "${edge.evidence[0].title}" to its url`);
  }

  // A real mouse click on a node selects it.
  const target = await v(() => {
    const cy = window.ergraphViewer.cy;
    cy.stop(true, false);  // the search's zoom animation
    cy.elements().removeClass("faded focus");
    cy.fit(undefined, 30);
    const n = cy.nodes().max((x) => x.degree()).ele;
    const box = document.getElementById("cy").getBoundingClientRect();
    return { id: n.id(), x: box.left + n.renderedPosition("x"), y: box.top + n.renderedPosition("y") };
  });
  await page.mouse.click(target.x, target.y);
  check((await v(() => window.ergraphViewer.selectedNodeId())) === target.id, "clicking a node selects it");

  // Filters: by type, by relation text, by date (undated edges stay unless asked).
  const counts = await v(() => {
    const data = JSON.parse(document.getElementById("ergraph-data").textContent);
    return {
      persons: data.nodes.filter((n) => n.type === "PERSON").length,
      types: [...new Set(data.nodes.map((n) => n.type))],
      undated: data.edges.filter((e) => e.dates.length === 0).length,
      dated: data.edges.filter((e) => e.dates.length > 0).length,
    };
  });
  check(counts.persons > 0 && counts.dated > 0, "the sample graph has people and dated edges");
  await v((types) => window.ergraphViewer.setFilters({ types }), counts.types.filter((t) => t !== "PERSON"));
  check((await v(() => window.ergraphViewer.shownNodeCount())) === nodes - counts.persons, "the type filter hides the people");
  await v((types) => window.ergraphViewer.setFilters({ types, relation: "zz-no-such-relation" }), counts.types);
  check((await v(() => window.ergraphViewer.shownEdgeCount())) === 0, "a relation filter that matches nothing hides every edge");
  await v(() => window.ergraphViewer.setFilters({ relation: "", since: "2999-01-01" }));
  check((await v(() => window.ergraphViewer.shownEdgeCount())) === counts.undated, "a date range keeps the undated edges");
  await v(() => window.ergraphViewer.setFilters({ keepUndated: false }));
  check((await v(() => window.ergraphViewer.shownEdgeCount())) === 0, "unticking 'keep undated' hides them");
  await v(() => window.ergraphViewer.setFilters({ since: "", keepUndated: true }));
  check((await v(() => window.ergraphViewer.shownEdgeCount())) === edges, "clearing the filters shows every edge");

  // The drawing is not blank: the graph area has many colours and many non-background pixels.
  await page.click("#reset");
  await v(() => window.ergraphViewer.search("Putin"));
  await page.waitForTimeout(500);  // the 250 ms zoom animation
  await v((id) => window.ergraphViewer.clickEdge(id), edge.id);  // the screenshot shows its evidence
  await page.screenshot({ path: screenshot });
  const graphPng = (await page.locator("#cy").screenshot()).toString("base64");
  const pixels = await v(async (b64) => {
    const img = new Image();
    img.src = "data:image/png;base64," + b64;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext("2d");
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, img.width, img.height).data;
    const colours = new Set();
    let inked = 0;
    for (let i = 0; i < d.length; i += 4) {
      colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      if (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240) inked++;
    }
    return { colours: colours.size, inked: inked / (d.length / 4) };
  }, graphPng);
  check(pixels.colours > 30, `the graph drawing has more than 30 colours (got ${pixels.colours})`);
  check(pixels.inked > 0.005, `more than 0.5% of the graph area is drawn (got ${(pixels.inked * 100).toFixed(2)}%)`);

  check(requests.length === 0, "the page fetches nothing: " + requests.join(", "));
  check(errors.length === 0, "no console errors: " + errors.join(" | "));
  console.log(`viewer: ${nodes} nodes, ${edges} edges, search and evidence panel ok; ` +
              `${pixels.colours} colours, ${(pixels.inked * 100).toFixed(1)}% drawn; screenshot ${screenshot}`);
} catch (e) {
  console.error(e instanceof Failure ? "FAIL: " + e.message : e);
  status = 1;
} finally {
  await browser.close();
}
process.exit(status);
