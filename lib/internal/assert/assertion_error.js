'use strict';

// assert.AssertionError: actual/expected/operator/generatedMessage and code
// 'ERR_ASSERTION', with node 20's messages, including the line diff shown
// for strictEqual/deepStrictEqual (`+ actual - expected`).

const {
  ArrayPrototypeJoin,
  ArrayPrototypePop,
  Error,
  ErrorCaptureStackTrace,
  MathMax,
  ObjectAssign,
  ObjectDefineProperty,
  ObjectGetPrototypeOf,
  String,
  StringPrototypeEndsWith,
  StringPrototypeRepeat,
  StringPrototypeSlice,
  StringPrototypeSplit,
  SymbolFor,
} = primordials;

const { inspect } = require('internal/util/inspect');
const { removeColors } = require('internal/util');
// blue/green/red/white: ANSI codes when stderr is a colour terminal, else ''.
const colors = require('internal/util/colors');
const { validateObject } = require('internal/validators');
const { isErrorStackTraceLimitWritable } = require('internal/errors');

const kInspect = SymbolFor('nodejs.util.inspect.custom');

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject:
    'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Two short primitives are shown as `a !== b` rather than as a diff.
const kMaxShortLength = 12;
// Longer inspections are cut to this many lines.
const kMaxLines = 50;

// An own copy of an error, so that its stack is not shown in the message.
function copyError(source) {
  const target = ObjectAssign({ __proto__: ObjectGetPrototypeOf(source) }, source);
  ObjectDefineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

// Independent of util.inspect.defaultOptions: the message must show what
// was compared.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function header(operator, message) {
  return message || kReadableOperator[operator];
}

function shortenLines(lines) {
  if (lines.length > kMaxLines) {
    lines[46] = `${colors.blue}...${colors.white}`;
    while (lines.length > 47) ArrayPrototypePop(lines);
  }
  return lines;
}

// The `identical` lines just before a diverging line are shown (up to 2
// of them, or 3 when exactly 5 were identical), or elided as `...`.
function contextBefore(lines, i, identical, state) {
  let out = '';
  if (identical > 2) {
    if (identical > 3) {
      if (identical > 4) {
        if (identical === 5) {
          out += `\n  ${lines[i - 3]}`;
          state.printed++;
        } else {
          out += `\n${colors.blue}...${colors.white}`;
          state.skipped = true;
        }
      }
      out += `\n  ${lines[i - 2]}`;
      state.printed++;
    }
    out += `\n  ${lines[i - 1]}`;
    state.printed++;
  }
  return out;
}

function createErrDiff(actual, expected, operator, message = '') {
  const actualInspected = inspectValue(actual);
  const actualLines = StringPrototypeSplit(actualInspected, '\n');
  const expectedLines = StringPrototypeSplit(inspectValue(expected), '\n');
  let i = 0;
  let indicator = '';

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const c = inspect.defaultOptions.colors;
    const actualRaw = c ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = c ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${header(operator, message)}\n\n` +
          `${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      // A caret under the first differing character, when both fit on one
      // terminal line (80 columns when stderr is not a terminal).
      const columns = process.stderr.isTTY ? process.stderr.columns : 80;
      if (inputLength < columns) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = `\n  ${StringPrototypeRepeat(' ', i)}^`;
          i = 0;
        }
      }
    }
  }

  // Identical trailing lines are dropped; up to three are kept as context
  // and the fourth-to-last one is remembered.
  let end = '';
  let lastElided = '';
  let skipped = false;
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) {
      end = `\n  ${a}${end}`;
    } else {
      lastElided = a;
    }
    ArrayPrototypePop(actualLines);
    ArrayPrototypePop(expectedLines);
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = MathMax(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Same inspection, different identity (e.g. two distinct symbols).
    const lines = shortenLines(StringPrototypeSplit(actualInspected, '\n'));
    return `${kReadableOperator.notIdentical}\n\n` +
      `${ArrayPrototypeJoin(lines, '\n')}\n`;
  }

  if (i >= 5) {
    end = `\n${colors.blue}...${colors.white}${end}`;
    skipped = true;
  }
  if (lastElided !== '') end = `\n  ${lastElided}${end}`;

  const state = { printed: 0, skipped };
  let res = '';
  // Expected lines that diverge wait here, so that a run of changes reads
  // +++--- rather than +-+-+-.
  let pending = '';
  let identical = 0;
  const msg = `${header(operator, message)}\n${colors.green}+ actual${colors.white}` +
    ` ${colors.red}- expected${colors.white}`;
  const skippedMsg = ` ${colors.blue}...${colors.white} Lines skipped`;

  // `longer` has lines past the end of the other side.
  let longer = actualLines;
  let sign = `${colors.green}+${colors.white}`;
  let common = expectedLines.length;
  if (actualLines.length < maxLines) {
    longer = expectedLines;
    sign = `${colors.red}-${colors.white}`;
    common = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (common < i + 1) {
      res += contextBefore(longer, i, identical, state);
      identical = 0;
      if (longer === actualLines) {
        res += `\n${sign} ${longer[i]}`;
      } else {
        pending += `\n${sign} ${longer[i]}`;
      }
      state.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // Lines that differ only by a trailing comma count as identical.
      let diverging = actualLine !== expectedLine &&
        (!StringPrototypeEndsWith(actualLine, ',') ||
         StringPrototypeSlice(actualLine, 0, -1) !== expectedLine);
      if (diverging &&
          StringPrototypeEndsWith(expectedLine, ',') &&
          StringPrototypeSlice(expectedLine, 0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        res += contextBefore(actualLines, i, identical, state);
        identical = 0;
        res += `\n${colors.green}+${colors.white} ${actualLine}`;
        pending += `\n${colors.red}-${colors.white} ${expectedLine}`;
        state.printed += 2;
      } else {
        res += pending;
        pending = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          state.printed++;
        }
      }
    }
    if (state.printed > kMaxLines && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n${colors.blue}...${colors.white}` +
        `${pending}\n${colors.blue}...${colors.white}`;
    }
  }
  return `${msg}${state.skipped ? skippedMsg : ''}\n${res}${pending}${end}` +
    indicator;
}

// notStrictEqual/notDeepStrictEqual: the one value, since both are alike.
function createNotEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  if (operator === 'notStrictEqual' &&
      ((typeof actual === 'object' && actual !== null) ||
       typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  const lines = shortenLines(StringPrototypeSplit(inspectValue(actual), '\n'));
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${ArrayPrototypeJoin(lines, '\n')}\n`;
}

function truncate(str, max) {
  return str.length > max ? `${StringPrototypeSlice(str, 0, max - 3)}...` : str;
}

// Any other operator: both values, or `actual op expected`.
function createOtherMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    return truncate(`${known}\n\n${res}`, 1024);
  }
  res = truncate(res, 512);
  other = truncate(other, 512);
  if (operator === 'deepEqual') {
    res = `${known}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const unequal = kReadableOperator[`${operator}Unequal`];
    if (unequal) {
      res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

function buildMessage(actual, expected, operator, message) {
  if (message != null) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      return createErrDiff(actual, expected, operator, message);
    }
    return String(message);
  }
  // The environment may have changed since the last message.
  colors.refresh();
  // Two errors are shown without their stacks.
  if (typeof actual === 'object' && actual !== null &&
      typeof expected === 'object' && expected !== null &&
      'stack' in actual && actual instanceof Error &&
      'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return createNotEqualMessage(actual, operator);
  }
  return createOtherMessage(actual, expected, operator);
}

// Cuts a long string value for display in inspect().
function addEllipsis(string) {
  const lines = StringPrototypeSplit(string, '\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${ArrayPrototypeJoin(lines, '\n')}\n...`;
  } else if (string.length > 512) {
    return `${StringPrototypeSlice(string, 512)}...`;
  }
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const {
      message,
      operator,
      stackStartFn,
      details,
      stackStartFunction, // The name before stackStartFn.
    } = options;
    const { actual, expected } = options;

    // No stack is captured here: it is taken below, from stackStartFn.
    const limit = Error.stackTraceLimit;
    const limitWritable = isErrorStackTraceLimitWritable();
    if (limitWritable) Error.stackTraceLimit = 0;
    super(buildMessage(actual, expected, operator, message));
    if (limitWritable) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    ObjectDefineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    ErrorCaptureStackTrace(this, stackStartFn || stackStartFunction);
    // The stack is formatted now, while the name still carries the code
    // ("AssertionError [ERR_ASSERTION]: ..."), then the name is reset.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [kInspect](recurseTimes, ctx) {
    // actual/expected are shown shallow and cut: the message has the detail.
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') {
      this.expected = addEllipsis(this.expected);
    }
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

module.exports = AssertionError;
