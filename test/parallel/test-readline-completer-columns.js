'use strict';
// The listing of completions: as many columns of (widest + 2) cells as
// fit output.columns, an empty string starting a new group, wide
// characters counted as two columns, one per row without output.columns.
const common = require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function listing(columns, completions) {
  const output = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) {
      output.written += chunk;
      cb();
    },
  });
  output.written = '';
  output.isTTY = true;
  if (columns !== undefined) output.columns = columns;
  const input = new PassThrough();
  const rl = readline.createInterface({
    input,
    output,
    prompt: '',
    completer: common.mustCall(() => [completions, ''], 2),
  });
  input.write('\t');
  input.write('\t');
  rl.close();
  return output.written;
}

const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta'];
assert.strictEqual(listing(30, words),
                   '\r\nalpha    beta     gamma\r\n' +
                   'delta    epsilon  zeta\r\neta\r\n\r\n' +
                   '\x1b[1G\x1b[0J \x1b[1G');
assert.strictEqual(listing(80, ['ab', 'cd', '', 'efg', 'h']),
                   '\r\nab   cd\r\n\r\nefg  h\r\n\r\n\x1b[1G\x1b[0J \x1b[1G');
assert.strictEqual(listing(12, ['中文', 'ab']),
                   '\r\n中文  ab\r\n\r\n\x1b[1G\x1b[0J \x1b[1G');
assert.strictEqual(listing(undefined, ['one', 'two']),
                   '\r\none\r\ntwo\r\n\r\n\x1b[1G\x1b[0J \x1b[1G');
