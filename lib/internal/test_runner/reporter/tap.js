'use strict';

// The TAP reporter (version 13): one line per result, a YAML block of
// details, `1..N` plans and `#` diagnostics, as node 20 prints them.

const {
  ArrayPrototypeForEach,
  ArrayPrototypeJoin,
  ArrayPrototypePush,
  ObjectEntries,
  RegExpPrototypeSymbolReplace,
  RegExpPrototypeSymbolSplit,
  SafeSet,
  StringPrototypeRepeat,
  StringPrototypeReplaceAll,
} = primordials;

const { inspectWithNoCustomRetry } = require('internal/errors');
const { isError } = require('internal/util');

const kLineBreak = /\r?\n/;
const kFrameStart = /^ {4}at /;
const inspectOptions = { __proto__: null, colors: false, breakLength: Infinity };
// Failure types whose error wraps what the test's own code threw.
const kUnwrapped = new SafeSet(['testCodeFailure', 'hookFailed',
                                'uncaughtException', 'unhandledRejection']);

function indent(nesting) {
  return StringPrototypeRepeat('    ', nesting);
}

// Control characters first, then backslashes (doubling the ones just
// written, as node does), then `#`.
const kEscapes = [
  ['\b', '\\b'], ['\f', '\\f'], ['\t', '\\t'], ['\n', '\\n'], ['\r', '\\r'],
  ['\v', '\\v'], ['\\', '\\\\'], ['#', '\\#'],
];

function tapEscape(text) {
  let out = `${text}`;
  for (let i = 0; i < kEscapes.length; i++) {
    out = StringPrototypeReplaceAll(out, kEscapes[i][0], kEscapes[i][1]);
  }
  return out;
}

function scalar(value) {
  return inspectWithNoCustomRetry(value, inspectOptions);
}

// One `key: value` entry of a YAML block; objects become nested blocks and
// errors list message, code, name, assertion fields and stack frames.
function yamlEntry(pad, key, value, seen) {
  if (value === undefined) return '';
  const prefix = `${pad}  ${key}:`;
  if (value === null) return `${prefix} ~\n`;
  if (typeof value !== 'object') {
    if (typeof value === 'string') {
      const lines = RegExpPrototypeSymbolSplit(kLineBreak, value);
      if (lines.length > 1) {
        let out = `${prefix} |-\n`;
        for (let i = 0; i < lines.length; i++) {
          out += `${pad}    ${lines[i]}\n`;
        }
        return out;
      }
    }
    return `${prefix} ${scalar(value)}\n`;
  }
  return `${prefix}\n${yamlObject(`${pad}  `, value, seen)}`;
}

function yamlObject(pad, value, seen) {
  seen.add(value);
  const errorLike = isError(value);
  let out = '';
  const entries = ObjectEntries(value);
  for (let i = 0; i < entries.length; i++) {
    const { 0: key, 1: item } = entries[i];
    if (errorLike && (key === 'cause' || key === 'code')) continue;
    if (item !== null && typeof item === 'object' && seen.has(item)) {
      out += `${pad}  ${key}: <Circular>\n`;
      continue;
    }
    out += yamlEntry(pad, key, item, seen);
  }
  if (errorLike) out += yamlError(pad, value, seen);
  return out;
}

function yamlError(pad, error, seen) {
  let message = error.message ?? '<unknown error>';
  let { name, stack, code } = error;
  let expected;
  let actual;
  let operator;
  const { cause } = error;
  if (code === 'ERR_TEST_FAILURE' && kUnwrapped.has(error.failureType)) {
    const causeIsObject = cause !== null && typeof cause === 'object';
    stack = causeIsObject ? cause.stack : undefined;
    if (causeIsObject) {
      if (cause.code !== undefined) code = cause.code;
      if (cause.name !== undefined) name = cause.name;
      if ('expected' in cause) expected = cause.expected;
      if ('actual' in cause) actual = cause.actual;
      operator = cause.operator;
      message = cause.message ?? message;
    } else {
      message = cause;
    }
  } else if (code === 'ERR_TEST_FAILURE' &&
             error.failureType !== 'cancelledByParent' &&
             error.failureType !== 'parentAlreadyFinished') {
    stack = undefined;
  }
  let out = yamlEntry(pad, 'error', message, seen);
  if (code !== undefined) out += yamlEntry(pad, 'code', code, seen);
  if (typeof name === 'string' && name !== 'Error') {
    out += yamlEntry(pad, 'name', name, seen);
  }
  out += yamlEntry(pad, 'expected', expected, seen);
  out += yamlEntry(pad, 'actual', actual, seen);
  out += yamlEntry(pad, 'operator', operator, seen);
  if (typeof stack === 'string') {
    const frames = [];
    ArrayPrototypeForEach(RegExpPrototypeSymbolSplit(kLineBreak, stack),
                          (line) => {
                            const frame = RegExpPrototypeSymbolReplace(
                              kFrameStart, line, '');
                            if (frame.length > 0 && frame.length !== line.length) {
                              ArrayPrototypePush(frames, frame);
                            }
                          });
    if (frames.length > 0) {
      const joiner = `\n${pad}    `;
      out += `${pad}  stack: |-${joiner}${ArrayPrototypeJoin(frames, joiner)}\n`;
    }
  }
  return out;
}

function resultLine(data, status) {
  let line = `${indent(data.nesting)}${status} ${data.testNumber}`;
  if (data.name) line += ` ${tapEscape(`- ${data.name}`)}`;
  const { skip, todo } = data;
  if (skip !== undefined) {
    line += ' # SKIP';
    if (typeof skip === 'string' && skip.length > 0) line += ` ${tapEscape(skip)}`;
  } else if (todo !== undefined) {
    line += ' # TODO';
    if (typeof todo === 'string' && todo.length > 0) line += ` ${tapEscape(todo)}`;
  }
  return `${line}\n`;
}

function detailsBlock(data, withLocation) {
  const pad = indent(data.nesting);
  const details = data.details ?? { __proto__: null };
  let out = `${pad}  ---\n`;
  out += yamlEntry(pad, 'duration_ms', details.duration_ms, null);
  out += yamlEntry(pad, 'type', details.type, null);
  if (withLocation) {
    out += yamlEntry(pad, 'location', `${data.file}:${data.line}:${data.column}`,
                     null);
  }
  const { error } = details;
  if (error !== undefined) {
    if (error !== null && typeof error === 'object') {
      out += yamlObject(pad, error, new SafeSet());
    } else {
      out += yamlEntry(pad, 'error', error, null);
    }
  }
  return `${out}${pad}  ...\n`;
}

// Formats one event; returns '' for events TAP does not show.
function formatEvent(type, data) {
  switch (type) {
    case 'test:fail':
      return resultLine(data, 'not ok') + detailsBlock(data, true);
    case 'test:pass':
      return resultLine(data, 'ok') + detailsBlock(data, false);
    case 'test:plan':
      return `${indent(data.nesting)}1..${data.count}\n`;
    case 'test:start':
      return `${indent(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
    case 'test:stdout':
    case 'test:stderr': {
      let out = '';
      const lines = RegExpPrototypeSymbolSplit(kLineBreak, data.message);
      for (let i = 0; i < lines.length; i++) {
        if (lines[i].length > 0) out += `# ${tapEscape(lines[i])}\n`;
      }
      return out;
    }
    case 'test:diagnostic':
      return `${indent(data.nesting)}# ${tapEscape(data.message)}\n`;
    default:
      return '';
  }
}

async function* tap(source) {
  yield 'TAP version 13\n';
  for await (const { type, data } of source) {
    const text = formatEvent(type, data);
    if (text !== '') yield text;
  }
}

module.exports = { tap, tapEscape };
