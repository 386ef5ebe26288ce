// wink-nlp's sentence splitting on the same text `ergraph eval sentences` scores: each document's
// gold sentences (# text = ...) joined by single spaces. Prints the gold count, the sentences
// wink-nlp makes and how many of them equal a gold sentence (same start and end offsets).
// Not part of the build or the tests (it needs the npm packages):
//   mkdir /tmp/wink && cd /tmp/wink && npm install wink-nlp wink-eng-lite-web-model
//   NODE_PATH=/tmp/wink/node_modules node bench/peers/wink_sentences.js ../shared/data/ud/en_ewt-ud-train.conllu
const fs = require('fs');
const winkNLP = require('wink-nlp');
const nlp = winkNLP(require('wink-eng-lite-web-model'));
const docs = [];
for (const line of fs.readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (line.startsWith('# newdoc') || docs.length === 0) docs.push([]);
  if (line.startsWith('# text = ')) docs[docs.length - 1].push(line.slice(9));
}
let gold = 0, predicted = 0, exact = 0;
for (const sents of docs) {
  if (sents.length === 0) continue;
  const text = sents.join(' ');
  const spans = new Set();
  let off = 0;
  for (const s of sents) { spans.add(off + ':' + (off + s.length)); off += s.length + 1; }
  gold += sents.length;
  let pos = 0;
  for (const s of nlp.readDoc(text).sentences().out()) {
    const i = text.indexOf(s, pos);
    if (i < 0) continue;
    predicted += 1;
    if (spans.has(i + ':' + (i + s.length))) exact += 1;
    pos = i + s.length;
  }
}
console.log(`wink-nlp: ${gold} gold sentences, ${predicted} predicted, ${exact} found exactly`);
