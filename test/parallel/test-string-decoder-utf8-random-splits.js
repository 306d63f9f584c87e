'use strict';
// Decoding any byte sequence in random pieces gives the same string as
// decoding it at once (Buffer#toString), for valid and invalid UTF-8 alike.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

let seed = 42;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const interesting = [0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xdf, 0xe0, 0xe2, 0xed,
                     0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x82, 0xac, 0x9f, 0x98];
for (let iteration = 0; iteration < 2000; iteration++) {
  const bytes = Buffer.alloc(random(12));
  for (let i = 0; i < bytes.length; i++) {
    bytes[i] = random(2) ? interesting[random(interesting.length)] : random(256);
  }
  const d = new StringDecoder('utf8');
  let out = '';
  let start = 0;
  while (start < bytes.length) {
    const end = start + 1 + random(4);
    out += d.write(bytes.subarray(start, end));
    start = end;
  }
  out += d.end();
  assert.strictEqual(out, bytes.toString('utf8'), bytes.toString('hex'));
}
