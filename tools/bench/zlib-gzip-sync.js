'use strict';
// gzipSync then gunzipSync of 28 MiB of text.
const fs = require('fs');
const zlib = require('zlib');
const { textFixture } = require('./lib/zlib-text');

const input = fs.readFileSync(textFixture(28));
const compressed = zlib.gzipSync(input);
const output = zlib.gunzipSync(compressed);
if (output.length !== input.length) throw new Error('size');
