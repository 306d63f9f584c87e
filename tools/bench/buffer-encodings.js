'use strict';
// Buffer.from(string, enc) and buf.toString(enc) for utf8, hex and base64
// on 1 KiB (many times) and 1 MiB (a few times) of mixed ASCII/non-ASCII text.
const { Buffer } = require('buffer');

const unit = 'The quick brown fox jumps over the lazy dog. Grüße, €5 😀 ';
// About `bytes` bytes of UTF-8 (whole repetitions of `unit`).
function textOf(bytes) {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}

let check = 0;
for (const [bytes, rounds] of [[1024, 50000], [1 << 20, 50]]) {
  const text = textOf(bytes);
  const utf8 = Buffer.from(text);
  const hex = utf8.toString('hex');
  const base64 = utf8.toString('base64');
  for (let i = 0; i < rounds; i++) {
    check += Buffer.from(text, 'utf8').length;
    check += utf8.toString('utf8').length;
    check += Buffer.from(hex, 'hex').length;
    check += utf8.toString('hex').length;
    check += Buffer.from(base64, 'base64').length;
    check += utf8.toString('base64').length;
  }
}
if (check === 0) throw new Error('nothing encoded');
