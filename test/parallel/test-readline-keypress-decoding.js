'use strict';
// readline.emitKeypressEvents(stream) turns the text a stream emits into
// 'keypress' (str, key) events: printable characters, Ctrl+letters, named
// keys, Meta (ESC prefix) combinations and the escape sequences of common
// terminals with their modifiers; broken sequences emit nothing.
require('../common');
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

const stream = new PassThrough();
readline.emitKeypressEvents(stream);
readline.emitKeypressEvents(stream); // a second call changes nothing
const keys = [];
stream.on('keypress', (str, key) => keys.push([str, key]));

function decode(text) {
  keys.length = 0;
  stream.write(text);
  return keys.map(([str, key]) => [str, key]);
}

const k = (sequence, name, mods = {}, code) => {
  const key = {
    sequence, name,
    ctrl: !!mods.ctrl, meta: !!mods.meta, shift: !!mods.shift,
  };
  if (code !== undefined) key.code = code;
  return key;
};

assert.deepStrictEqual(decode('aZ5.é😀'), [
  ['a', k('a', 'a')],
  ['Z', k('Z', 'z', { shift: true })],
  ['5', k('5', '5')],
  ['.', k('.', undefined)],
  ['é', k('é', undefined)],
  ['😀', k('😀', undefined)],
]);
assert.deepStrictEqual(decode('\r\n\t\x7f\b '), [
  ['\r', k('\r', 'return')],
  ['\n', k('\n', 'enter')],
  ['\t', k('\t', 'tab')],
  ['\x7f', k('\x7f', 'backspace')],
  ['\b', k('\b', 'backspace')],
  [' ', k(' ', 'space')],
]);
assert.deepStrictEqual(decode('\x01\x03\x1a'), [
  ['\x01', k('\x01', 'a', { ctrl: true })],
  ['\x03', k('\x03', 'c', { ctrl: true })],
  ['\x1a', k('\x1a', 'z', { ctrl: true })],
]);
assert.deepStrictEqual(decode('\x1bb\x1bB\x1b\r\x1b\x7f\x1b.'), [
  [undefined, k('\x1bb', 'b', { meta: true })],
  [undefined, k('\x1bB', 'b', { meta: true, shift: true })],
  [undefined, k('\x1b\r', 'return', { meta: true })],
  [undefined, k('\x1b\x7f', 'backspace', { meta: true })],
  [undefined, k('\x1b.', undefined, { meta: true })],
]);
assert.deepStrictEqual(decode('\x1b[A\x1b[B\x1bOC\x1b[D\x1b[H\x1bOF'), [
  [undefined, k('\x1b[A', 'up', {}, '[A')],
  [undefined, k('\x1b[B', 'down', {}, '[B')],
  [undefined, k('\x1bOC', 'right', {}, 'OC')],
  [undefined, k('\x1b[D', 'left', {}, '[D')],
  [undefined, k('\x1b[H', 'home', {}, '[H')],
  [undefined, k('\x1bOF', 'end', {}, 'OF')],
]);
assert.deepStrictEqual(decode('\x1b[3~\x1b[5~\x1b[2~\x1b[1~\x1b[[5~'), [
  [undefined, k('\x1b[3~', 'delete', {}, '[3~')],
  [undefined, k('\x1b[5~', 'pageup', {}, '[5~')],
  [undefined, k('\x1b[2~', 'insert', {}, '[2~')],
  [undefined, k('\x1b[1~', 'home', {}, '[1~')],
  [undefined, k('\x1b[[5~', 'pageup', {}, '[[5~')],
]);
assert.deepStrictEqual(decode('\x1bOP\x1b[15~\x1b[24~\x1b[[A'), [
  [undefined, k('\x1bOP', 'f1', {}, 'OP')],
  [undefined, k('\x1b[15~', 'f5', {}, '[15~')],
  [undefined, k('\x1b[24~', 'f12', {}, '[24~')],
  [undefined, k('\x1b[[A', 'f1', {}, '[[A')],
]);
// xterm modifiers: 2 Shift, 3 Alt, 5 Ctrl, 6 Ctrl+Shift.
assert.deepStrictEqual(decode('\x1b[1;5D\x1b[1;2A\x1b[1;3C\x1b[3;6~' +
                              '\x1b[24;5~'), [
  [undefined, k('\x1b[1;5D', 'left', { ctrl: true }, '[D')],
  [undefined, k('\x1b[1;2A', 'up', { shift: true }, '[A')],
  [undefined, k('\x1b[1;3C', 'right', { meta: true }, '[C')],
  [undefined, k('\x1b[3;6~', 'delete', { ctrl: true, shift: true }, '[3~')],
  [undefined, k('\x1b[24;5~', 'f12', { ctrl: true }, '[24~')],
]);
// rxvt encodes modifiers in the final character.
assert.deepStrictEqual(decode('\x1b[a\x1bOd\x1b[7^\x1b[Z'), [
  [undefined, k('\x1b[a', 'up', { shift: true }, '[a')],
  [undefined, k('\x1bOd', 'left', { ctrl: true }, 'Od')],
  [undefined, k('\x1b[7^', 'home', { ctrl: true }, '[7^')],
  [undefined, k('\x1b[Z', 'tab', { shift: true }, '[Z')],
]);
assert.deepStrictEqual(decode('\x1b[200~\x1b[201~\x1b[99x'), [
  [undefined, k('\x1b[200~', 'paste-start', {}, '[200~')],
  [undefined, k('\x1b[201~', 'paste-end', {}, '[201~')],
  [undefined, k('\x1b[99x', 'undefined', {}, '[99x')],
]);
// ESC ESC before a sequence is part of it.
assert.deepStrictEqual(decode('\x1b\x1b[A'), [
  [undefined, k('\x1b\x1b[A', 'up', {}, '[A')],
]);
// A sequence split over chunks is decoded once complete.
stream.write('\x1b[');
stream.write('1;5');
assert.deepStrictEqual(decode('C'), [
  [undefined, k('\x1b[1;5C', 'right', { ctrl: true }, '[C')],
]);
