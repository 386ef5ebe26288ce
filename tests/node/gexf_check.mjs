// Loads a GEXF file with graphology-gexf (the parser Gephi Lite uses) and checks it against what
// ergraph wrote: node and edge counts, labels, parallel edges kept apart, typed attributes, viz.
// Usage: node gexf_check.mjs FILE.gexf EXPECTED.json
//   EXPECTED.json: {"nodes": N, "edges": E, "labels": {id: label}, "pairs": {"src>tgt": k}}
import fs from 'node:fs';
import Graph from 'graphology';
import gexf from 'graphology-gexf/node/index.js';

const [file, expectedFile] = process.argv.slice(2);
const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'));
const graph = gexf.parse(Graph, fs.readFileSync(file, 'utf8'));
const fail = (msg) => { console.error(msg); process.exit(1); };

if (graph.order !== expected.nodes) fail(`nodes: ${graph.order} != ${expected.nodes}`);
if (graph.size !== expected.edges) fail(`edges: ${graph.size} != ${expected.edges}`);
const parallel = Object.values(expected.pairs).some((k) => k > 1);
if (parallel && !graph.multi) fail('graphology did not read a multigraph: parallel edges were merged');
for (const [id, label] of Object.entries(expected.labels)) {
  if (!graph.hasNode(id)) fail(`missing node ${id}`);
  const got = graph.getNodeAttribute(id, 'label');
  if (got !== label) fail(`label of ${id}: ${JSON.stringify(got)} != ${JSON.stringify(label)}`);
}
const pairs = {};
graph.forEachEdge((e, a, s, t) => {
  pairs[`${s}>${t}`] = (pairs[`${s}>${t}`] || 0) + 1;
  if (typeof a.count !== 'number' || a.count < 1) fail(`edge ${e}: count not a number: ${a.count}`);
  if (typeof a.confidence !== 'number') fail(`edge ${e}: confidence not a number`);
  if (!a.label || !a.kind) fail(`edge ${e}: no label or kind`);
});
for (const [pair, k] of Object.entries(expected.pairs))
  if (pairs[pair] !== k) fail(`edges ${pair}: ${pairs[pair]} != ${k}`);
graph.forEachNode((n, a) => {
  if (typeof a.mentions !== 'number') fail(`node ${n}: mentions not a number`);
  if (!a.color || !a.size) fail(`node ${n}: no viz colour or size`);
});
console.log(`ok: ${graph.order} nodes, ${graph.size} edges`);
