'use strict';

// What the spec and dot reporters share: symbols, colours and the way a
// result line and its error are printed.

const {
  ArrayPrototypeJoin,
  RegExpPrototypeSymbolSplit,
  StringPrototypeRepeat,
} = primordials;

const { inspectWithNoCustomRetry } = require('internal/errors');
const colors = require('internal/util/colors');

const symbols = {
  __proto__: null,
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'arrow:right': '\u25B6 ',
  'hyphen:minus': '\uFE63 ',
};

function colorFor(type) {
  switch (type) {
    case 'test:fail': return colors.red;
    case 'test:pass': return colors.green;
    case 'test:diagnostic': return colors.blue;
    default: return colors.white;
  }
}

function indent(nesting) {
  return StringPrototypeRepeat('  ', nesting);
}

const inspectOptions = { __proto__: null, colors: false, breakLength: Infinity };

function formatError(error, pad) {
  if (!error) return '';
  const shown = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  // Errors are coloured whenever stdout may be (FORCE_COLOR included).
  const opts = { __proto__: null, ...inspectOptions,
                 colors: !!colors.shouldColorize(process.stdout) };
  const text = ArrayPrototypeJoin(
    RegExpPrototypeSymbolSplit(/\r?\n/, inspectWithNoCustomRetry(shown, opts)),
    `\n${pad}  `);
  return `\n${pad}  ${text}\n`;
}

// `✔ name (1.2ms) # reason`, then the error (unless the test only failed
// because of its subtests, which were shown above it).
function formatResult(type, data, prefix = '', pad = '', hasChildren = false) {
  let color = colorFor(type);
  let symbol = symbols[type] ?? ' ';
  const { skip, todo } = data;
  const ms = data.details?.duration_ms;
  const duration = ms ? ` ${colors.gray}(${ms}ms)${colors.white}` : '';
  let title = `${data.name}${duration}`;
  if (skip !== undefined) {
    title += ` # ${typeof skip === 'string' && skip.length ? skip : 'SKIP'}`;
  } else if (todo !== undefined) {
    title += ` # ${typeof todo === 'string' && todo.length ? todo : 'TODO'}`;
  }
  const error = formatError(data.details?.error, pad);
  let shownError = error;
  if (hasChildren) {
    shownError = !error ||
      data.details?.error?.failureType === 'subtestsFailed' ? '' : `\n${error}`;
  }
  if (skip !== undefined) {
    color = colors.gray;
    symbol = symbols['hyphen:minus'];
  }
  return `${prefix}${pad}${color}${symbol}${title}${shownError}${colors.white}`;
}

module.exports = { colorFor, formatResult, indent, symbols };
