'use strict';

// Connects a TestsStream to the reporters chosen on the command line
// (--test-reporter / --test-reporter-destination, in pairs), or to the
// default one: spec on a terminal, tap otherwise. A child process of
// `--test` writes its events for the parent instead.

const {
  ArrayPrototypePush,
  ObjectGetOwnPropertyDescriptor,
  SafeMap,
  StringPrototypeStartsWith,
} = primordials;

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MODULE_NOT_FOUND,
  },
} = require('internal/errors');
const path = require('path');

const kBuiltinReporters = new SafeMap([
  ['spec', 'internal/test_runner/reporter/spec'],
  ['tap', 'internal/test_runner/reporter/tap'],
  ['dot', 'internal/test_runner/reporter/dot'],
  ['child', 'internal/test_runner/reporter/child'],
]);

function loadReporter(name) {
  const id = kBuiltinReporters.get(name);
  if (id !== undefined) {
    const mod = require(id);
    if (name === 'spec') return mod.SpecReporter;
    if (name === 'tap') return mod.tap;
    if (name === 'dot') return mod.dot;
    return mod.child;
  }
  const { Module } = require('internal/modules/cjs/loader');
  let specifier = name;
  if (StringPrototypeStartsWith(specifier, 'file:')) {
    specifier = require('internal/url').fileURLToPath(specifier);
  } else if (specifier[0] === '.' || path.isAbsolute(specifier)) {
    specifier = path.resolve(specifier);
  }
  const parent = { __proto__: null, id: '<test reporter>', filename:
    path.join(process.cwd(), '<test reporter>'), paths:
    Module._nodeModulePaths(process.cwd()) };
  let mod;
  try {
    mod = Module._load(specifier, parent, false);
  } catch (err) {
    // Node loads reporters as ES modules: report what its loader would.
    if (err?.code === 'MODULE_NOT_FOUND' &&
        err.requireStack?.[0] === parent.filename) {
      throw new ERR_MODULE_NOT_FOUND(specifier, `${process.cwd()}${path.sep}`);
    }
    throw err;
  }
  const reporter = mod?.default ?? mod;
  if (typeof reporter !== 'function' && typeof reporter?.write !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('reporter', ['function', 'stream'], reporter);
  }
  return reporter;
}

function openDestination(name) {
  if (name === 'stdout') return process.stdout;
  if (name === 'stderr') return process.stderr;
  const fs = require('fs');
  return fs.createWriteStream(path.resolve(name));
}

// Feeds `source` (a TestsStream) through one reporter into `destination`.
// Output starts on the next turn of the event loop, as node's does once its
// reporter modules are loaded: what synchronous tests print comes first.
// Returns a promise settled when the reporter has written everything.
function attach(source, reporter, destination) {
  const { setImmediate } = require('timers');
  return new Promise((resolve) => {
    setImmediate(() => resolve(attachNow(source, reporter, destination)));
  });
}

function attachNow(source, reporter, destination) {
  if (reporter?.prototype &&
      ObjectGetOwnPropertyDescriptor(reporter.prototype, 'constructor')) {
    // eslint-disable-next-line new-cap
    reporter = new reporter();
  }
  let output;
  if (typeof reporter === 'function') {
    output = reporter(source);
  } else if (typeof reporter?.write === 'function') {
    source.pipe(reporter);
    output = reporter;
  } else {
    throw new ERR_INVALID_ARG_VALUE('reporter', reporter, 'is not a valid reporter');
  }
  const write = (chunk) => {
    if (chunk === '' || chunk === undefined || chunk === null) return;
    destination.write(chunk);
  };
  return (async () => {
    for await (const chunk of output) write(chunk);
    if (destination !== process.stdout && destination !== process.stderr) {
      await new Promise((resolve) => destination.end(resolve));
    }
  })().catch((err) => {
    process.nextTick(() => { throw err; });
  });
}

function configuredPairs(childMode) {
  if (childMode) return [['child', 'stdout']];
  const options = internalBinding('options').getOptions();
  const reporters = options.testReporters;
  let destinations = options.testReporterDestinations;
  if (reporters.length === 0 && destinations.length === 0) {
    return [[process.stdout.isTTY ? 'spec' : 'tap', 'stdout']];
  }
  if (reporters.length === 1 && destinations.length === 0) {
    destinations = ['stdout'];
  }
  if (reporters.length !== destinations.length) {
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', reporters,
                                    'must match the number of specified ' +
                                    '\'--test-reporter-destination\'');
  }
  const pairs = [];
  for (let i = 0; i < reporters.length; i++) {
    ArrayPrototypePush(pairs, [reporters[i], destinations[i]]);
  }
  return pairs;
}

// One TestsStream per reporter, all fed by `stream`.
function setupReporters(stream, childMode) {
  const pairs = configuredPairs(childMode);
  if (pairs.length === 1) {
    return attach(stream, loadReporter(pairs[0][0]),
                  openDestination(pairs[0][1]));
  }
  const { TestsStream } = require('internal/test_runner/tests_stream');
  const copies = [];
  const done = [];
  for (let i = 0; i < pairs.length; i++) {
    const copy = new TestsStream();
    ArrayPrototypePush(copies, copy);
    ArrayPrototypePush(done, attach(copy, loadReporter(pairs[i][0]),
                                    openDestination(pairs[i][1])));
  }
  stream.on('data', (event) => {
    for (let i = 0; i < copies.length; i++) copies[i].push(event);
  });
  stream.on('end', () => {
    for (let i = 0; i < copies.length; i++) copies[i].push(null);
  });
  return Promise.all(done);
}

module.exports = { attach, loadReporter, openDestination, setupReporters };
