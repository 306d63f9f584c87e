'use strict';
// util.parseArgs(): short and long options, groups, inline values, `--`,
// multiple values, defaults, negation, tokens, and the strict-mode errors.
require('../common');
const assert = require('assert');
const util = require('util');
const { parseArgs } = util;

const show = (config) => {
  try {
    return util.inspect(parseArgs(config), { depth: 4, breakLength: Infinity });
  } catch (err) {
    return `${err.name} ${err.code}: ${err.message}`;
  }
};
const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', multiple: true },
  color: { type: 'boolean' },
};

assert.strictEqual(
  show({ args: [], options }),
  '{ values: [Object: null prototype] {}, positionals: [] }');
assert.strictEqual(
  show({ args: ['-v', '--file', 'a.txt', 'pos'], options, allowPositionals: true }),
  "{ values: [Object: null prototype] { verbose: true, file: 'a.txt' }, " +
  "positionals: [ 'pos' ] }");
assert.strictEqual(
  show({ args: ['--file=a.txt', '-fb.txt', '-vf', 'c.txt'], options }),
  "{ values: [Object: null prototype] { file: 'c.txt', verbose: true }, " +
  "positionals: [] }");
assert.strictEqual(
  show({ args: ['--tag', 'x', '--tag=y', '-v', '-v'], options }),
  "{ values: [Object: null prototype] { tag: [ 'x', 'y' ], verbose: true " +
  "}, positionals: [] }");
assert.strictEqual(
  show({ args: ['--', '--file', '-v'], options, allowPositionals: true }),
  "{ values: [Object: null prototype] {}, positionals: [ '--file', '-v' ] }");
assert.strictEqual(
  show({ args: ['-vf', 'x'], options, tokens: true }),
  "{ values: [Object: null prototype] { verbose: true, file: 'x' }, " +
  "positionals: [], tokens: [ { kind: 'option', name: 'verbose', rawName: " +
  "'-v', index: 0, value: undefined, inlineValue: undefined }, { kind: " +
  "'option', name: 'file', rawName: '-f', index: 0, value: 'x', " +
  "inlineValue: false } ] }");
assert.strictEqual(
  show({ args: ['-abc', '--x=1', 'pos', '--', '--y'], strict: false, tokens: true }),
  "{ values: [Object: null prototype] { a: true, b: true, c: true, x: '1' " +
  "}, positionals: [ 'pos', '--y' ], tokens: [ { kind: 'option', name: " +
  "'a', rawName: '-a', index: 0, value: undefined, inlineValue: undefined " +
  "}, { kind: 'option', name: 'b', rawName: '-b', index: 0, value: " +
  "undefined, inlineValue: undefined }, { kind: 'option', name: 'c', " +
  "rawName: '-c', index: 0, value: undefined, inlineValue: undefined }, { " +
  "kind: 'option', name: 'x', rawName: '--x', index: 1, value: '1', " +
  "inlineValue: true }, { kind: 'positional', index: 2, value: 'pos' }, { " +
  "kind: 'option-terminator', index: 3 }, { kind: 'positional', index: 4, " +
  "value: '--y' } ] }");
assert.strictEqual(
  show({ args: ['--no-color', '--color', '--no-color'], options, allowNegative: true }),
  '{ values: [Object: null prototype] { color: false }, positionals: [] }');
assert.strictEqual(
  show({ args: ['--no-verbose'], options, allowNegative: true, tokens: true }),
  "{ values: [Object: null prototype] { verbose: false }, positionals: " +
  "[], tokens: [ { kind: 'option', name: 'verbose', rawName: " +
  "'--no-verbose', index: 0, value: undefined, inlineValue: undefined } ] }");
assert.strictEqual(
  show({ args: [], options: { a: { type: 'string', default: 'd' }, b: { type: 'boolean', multiple: true, default: [false, true] } } }),
  "{ values: [Object: null prototype] { a: 'd', b: [ false, true ] }, " +
  "positionals: [] }");
assert.strictEqual(
  show({ args: ['--a', 'given'], options: { a: { type: 'string', default: 'd' } } }),
  "{ values: [Object: null prototype] { a: 'given' }, positionals: [] }");
assert.strictEqual(
  show({ args: ['--__proto__', 'x', '--constructor'], strict: false }),
  "{ values: [Object: null prototype] { constructor: true }, positionals: " +
  "[ 'x' ] }");
assert.strictEqual(
  show({ args: ['-'], allowPositionals: true }),
  "{ values: [Object: null prototype] {}, positionals: [ '-' ] }");
assert.strictEqual(
  show({ args: ['--unknown'], options }),
  "TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION: Unknown option '--unknown'");
assert.strictEqual(
  show({ args: ['-u'], options, allowPositionals: true }),
  'TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION: Unknown option \'-u\'. To ' +
  'specify a positional argument starting with a \'-\', place it at the end ' +
  'of the command after \'--\', as in \'-- "-u"');
assert.strictEqual(
  show({ args: ['pos'], options }),
  "TypeError ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: Unexpected argument " +
  "'pos'. This command does not take positional arguments");
assert.strictEqual(
  show({ args: ['--file'], options }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE: Option '-f, --file " +
  "<value>' argument missing");
assert.strictEqual(
  show({ args: ['-f'], options }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE: Option '-f, --file " +
  "<value>' argument missing");
assert.strictEqual(
  show({ args: ['--verbose=yes'], options }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE: Option '-v, --verbose' " +
  "does not take an argument");
assert.strictEqual(
  show({ args: ['--file', '--verbose'], options }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE: Option '--file' " +
  "argument is ambiguous.\n" +
  "Did you forget to specify the option argument for '--file'?\n" +
  "To specify an option argument starting with a dash use '--file=-XYZ'.");
assert.strictEqual(
  show({ args: ['-f', '-v'], options }),
  "TypeError ERR_PARSE_ARGS_INVALID_OPTION_VALUE: Option '-f' argument is " +
  "ambiguous.\n" +
  "Did you forget to specify the option argument for '-f'?\n" +
  "To specify an option argument starting with a dash use '--file=-XYZ' " +
  "or '-f-XYZ'.");
assert.strictEqual(
  show({ args: ['--no-file'], options, allowNegative: true }),
  "TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION: Unknown option '--no-file'");
assert.strictEqual(
  show({ args: ['--no-color'], options }),
  "TypeError ERR_PARSE_ARGS_UNKNOWN_OPTION: Unknown option '--no-color'");
assert.strictEqual(
  show({ args: ['-xyz'], strict: false }),
  '{ values: [Object: null prototype] { x: true, y: true, z: true }, ' +
  'positionals: [] }');
assert.strictEqual(
  show({ args: ['-vfFILE'], options, tokens: true }),
  "{ values: [Object: null prototype] { verbose: true, file: 'FILE' }, " +
  "positionals: [], tokens: [ { kind: 'option', name: 'verbose', rawName: " +
  "'-v', index: 0, value: undefined, inlineValue: undefined }, { kind: " +
  "'option', name: 'file', rawName: '-f', index: 0, value: 'FILE', " +
  "inlineValue: true } ] }");
// Without `args`, the process arguments after the script are used.
assert.deepStrictEqual(parseArgs({ strict: false }).positionals, process.argv.slice(2));
// The result's values object has no prototype.
assert.strictEqual(Object.getPrototypeOf(parseArgs({ args: [] }).values), null);
