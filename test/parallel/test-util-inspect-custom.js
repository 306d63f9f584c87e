'use strict';
// util.inspect.custom: what a custom inspect function receives (depth,
// options, inspect) and returns; util.inspect.defaultOptions, colors and
// styles.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

const custom = inspect.custom;
const returnsString = { [custom]() { return 'CUSTOM'; } };
const returnsObject = { [custom]() { return { replaced: [1, 2] }; } };
const multiline = { inner: { [custom]() { return 'line1\nline2'; } } };
const reportsArgs = {
  a: {
    b: {
      [custom](depth, options, inspectFn) {
        return `depth=${depth} compact=${options.compact} ` +
          `colors=${options.colors} same=${inspectFn === inspect}`;
      },
    },
  },
};
const usesInspect = { [custom](depth, options, inspectFn) { return inspectFn({ nested: 1 }, options); } };
const returnsThis = { x: 1, [custom]() { return this; } };
const stylized = { [custom](depth, options) { return options.stylize('styled', 'special'); } };
class WithCustom {
  [custom]() { return 'instance'; }
}
const nonFunction = { [custom]: 'not a function' };
const userOption = { [custom](depth, options) { return String(options.userThing); } };
const deep = { a: { b: { c: { [custom](depth) { return `d=${depth}`; } } } } };
const proxied = new Proxy({ [custom]() { return 'through proxy'; } }, {});

assert.strictEqual(inspect(returnsString), 'CUSTOM');
assert.strictEqual(inspect(returnsObject), '{ replaced: [ 1, 2 ] }');
assert.strictEqual(
  inspect(multiline),
  '{\n' +
  '  inner: line1\n' +
  '  line2\n' +
  '}');
assert.strictEqual(inspect(reportsArgs), '{ a: { b: depth=0 compact=3 colors=false same=true } }');
assert.strictEqual(
  inspect(reportsArgs, { depth: 5, compact: false, colors: true }),
  '{\n' +
  '  a: {\n' +
  '    b: depth=3 compact=false colors=true same=true\n' +
  '  }\n' +
  '}');
assert.strictEqual(inspect(usesInspect), '{ nested: 1 }');
assert.strictEqual(
  inspect(returnsThis),
  '{\n' +
  '  x: 1,\n' +
  '  [Symbol(nodejs.util.inspect.custom)]: [Function: ' +
  '[nodejs.util.inspect.custom]]\n' +
  '}');
assert.strictEqual(inspect(stylized), 'styled');
assert.strictEqual(inspect(stylized, { colors: true }), '\x1b[36mstyled\x1b[39m');
assert.strictEqual(inspect([new WithCustom(), WithCustom.prototype]), '[ instance, {} ]');
assert.strictEqual(
  inspect(nonFunction),
  "{ [Symbol(nodejs.util.inspect.custom)]: 'not a function' }");
assert.strictEqual(inspect(userOption, { userThing: 'passed through' }), 'passed through');
assert.strictEqual(inspect(deep), '{ a: { b: { c: d=-1 } } }');
assert.strictEqual(inspect(deep, { depth: null }), '{ a: { b: { c: d=null } } }');
assert.strictEqual(inspect(proxied), 'through proxy');
assert.strictEqual(
  inspect(returnsString, { customInspect: false }),
  '{\n' +
  '  [Symbol(nodejs.util.inspect.custom)]: [Function: ' +
  '[nodejs.util.inspect.custom]]\n' +
  '}');
assert.strictEqual(
  inspect(inspect),
  "[Function: inspect] {\n" +
  "  custom: Symbol(nodejs.util.inspect.custom),\n" +
  "  colors: [Object: null prototype] {\n" +
  "    reset: [ 0, 0 ],\n" +
  "    bold: [ 1, 22 ],\n" +
  "    dim: [ 2, 22 ],\n" +
  "    italic: [ 3, 23 ],\n" +
  "    underline: [ 4, 24 ],\n" +
  "    blink: [ 5, 25 ],\n" +
  "    inverse: [ 7, 27 ],\n" +
  "    hidden: [ 8, 28 ],\n" +
  "    strikethrough: [ 9, 29 ],\n" +
  "    doubleunderline: [ 21, 24 ],\n" +
  "    black: [ 30, 39 ],\n" +
  "    red: [ 31, 39 ],\n" +
  "    green: [ 32, 39 ],\n" +
  "    yellow: [ 33, 39 ],\n" +
  "    blue: [ 34, 39 ],\n" +
  "    magenta: [ 35, 39 ],\n" +
  "    cyan: [ 36, 39 ],\n" +
  "    white: [ 37, 39 ],\n" +
  "    bgBlack: [ 40, 49 ],\n" +
  "    bgRed: [ 41, 49 ],\n" +
  "    bgGreen: [ 42, 49 ],\n" +
  "    bgYellow: [ 43, 49 ],\n" +
  "    bgBlue: [ 44, 49 ],\n" +
  "    bgMagenta: [ 45, 49 ],\n" +
  "    bgCyan: [ 46, 49 ],\n" +
  "    bgWhite: [ 47, 49 ],\n" +
  "    framed: [ 51, 54 ],\n" +
  "    overlined: [ 53, 55 ],\n" +
  "    gray: [ 90, 39 ],\n" +
  "    redBright: [ 91, 39 ],\n" +
  "    greenBright: [ 92, 39 ],\n" +
  "    yellowBright: [ 93, 39 ],\n" +
  "    blueBright: [ 94, 39 ],\n" +
  "    magentaBright: [ 95, 39 ],\n" +
  "    cyanBright: [ 96, 39 ],\n" +
  "    whiteBright: [ 97, 39 ],\n" +
  "    bgGray: [ 100, 49 ],\n" +
  "    bgRedBright: [ 101, 49 ],\n" +
  "    bgGreenBright: [ 102, 49 ],\n" +
  "    bgYellowBright: [ 103, 49 ],\n" +
  "    bgBlueBright: [ 104, 49 ],\n" +
  "    bgMagentaBright: [ 105, 49 ],\n" +
  "    bgCyanBright: [ 106, 49 ],\n" +
  "    bgWhiteBright: [ 107, 49 ]\n" +
  "  },\n" +
  "  styles: [Object: null prototype] {\n" +
  "    special: 'cyan',\n" +
  "    number: 'yellow',\n" +
  "    bigint: 'yellow',\n" +
  "    boolean: 'yellow',\n" +
  "    undefined: 'grey',\n" +
  "    null: 'bold',\n" +
  "    string: 'green',\n" +
  "    symbol: 'green',\n" +
  "    date: 'magenta',\n" +
  "    regexp: 'red',\n" +
  "    module: 'underline'\n" +
  "  }\n" +
  "}");
assert.strictEqual(typeof custom, 'symbol');
assert.strictEqual(custom === Symbol.for('nodejs.util.inspect.custom'), true);
assert.strictEqual(
  JSON.stringify(inspect.defaultOptions),
  '{"showHidden":false,"depth":2,"colors":false,"customInspect":true,"sho' +
  'wProxy":false,"maxArrayLength":100,"maxStringLength":10000,"breakLengt' +
  'h":80,"compact":3,"sorted":false,"getters":false,"numericSeparator":fa' +
  'lse}');
assert.strictEqual(Object.keys(inspect.colors).length, 44);
assert.strictEqual(inspect.colors.red.join(), '31,39');
assert.strictEqual(inspect.colors.grey === inspect.colors.gray, true);
assert.strictEqual(Object.keys(inspect.colors).includes('grey'), false);
assert.strictEqual(
  JSON.stringify(inspect.styles),
  '{"special":"cyan","number":"yellow","bigint":"yellow","boolean":"yello' +
  'w","undefined":"grey","null":"bold","string":"green","symbol":"green",' +
  '"date":"magenta","regexp":"red","module":"underline"}');
{
  const saved = { ...inspect.defaultOptions };
  inspect.defaultOptions = { depth: 0, breakLength: 10 };
  assert.strictEqual(inspect({ a: { b: 1 } }), '{\n  a: [Object]\n}');
  inspect.defaultOptions = saved;
  assert.strictEqual(inspect({ a: { b: 1 } }), '{ a: { b: 1 } }');
  assert.throws(() => { inspect.defaultOptions = null; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "options" argument must be of type object. Received null',
  });
  assert.throws(() => { inspect.defaultOptions = 'x'; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type string (\'x\')',
  });
}
{
  // Styles and colours can be changed.
  const savedStyle = inspect.styles.number;
  inspect.styles.number = 'red';
  assert.strictEqual(inspect(1, { colors: true }), '\u001b[31m1\u001b[39m');
  inspect.styles.number = savedStyle;
  assert.strictEqual(inspect(1, { colors: true }), '\u001b[33m1\u001b[39m');
}
