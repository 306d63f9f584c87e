'use strict';
// createReadStream { start, end } reads the inclusive byte range; without
// end it reads to EOF; highWaterMark sizes the chunks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('range.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');

function collect(stream, check) {
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  stream.on('end', common.mustCall(() => check(chunks)));
}

collect(fs.createReadStream(file, { start: 2, end: 5 }), (chunks) => {
  assert.strictEqual(Buffer.concat(chunks).toString(), 'cdef');
});
collect(fs.createReadStream(file, { start: 20 }), (chunks) => {
  assert.strictEqual(Buffer.concat(chunks).toString(), 'uvwxyz');
});
collect(fs.createReadStream(file, { end: 0 }), (chunks) => {
  assert.strictEqual(Buffer.concat(chunks).toString(), 'a');
});
collect(fs.createReadStream(file, { start: 100 }), (chunks) => {
  assert.deepStrictEqual(chunks, []);
});
collect(fs.createReadStream(file, { highWaterMark: 10 }), (chunks) => {
  assert.deepStrictEqual(chunks.map(String),
                         ['abcdefghij', 'klmnopqrst', 'uvwxyz']);
});
collect(fs.createReadStream(file, { encoding: 'hex', end: 1 }), (chunks) => {
  assert.deepStrictEqual(chunks, ['6162']);
});
const stream = fs.createReadStream(file, { start: 3 });
assert.strictEqual(stream.start, 3);
assert.strictEqual(stream.pos, 3);
assert.strictEqual(stream.end, Infinity);
stream.resume();
stream.on('end', common.mustCall(() => {
  assert.strictEqual(stream.bytesRead, 23);
  assert.strictEqual(stream.pos, 26);
}));
