'use strict';

// Connects a TestsStream to the reporters chosen on the command line
// (--test-reporter / --test-reporter-destination, in pairs), or to the
// default one: spec on a terminal, tap otherwise. A child process of
// `--test` writes its events for the parent instead.

const {
  ArrayPrototypePush,
  ObjectGetOwnPropertyDescriptor,
  SafeMap,
} = primordials;

const {
  codes: { ERR_INVALID_ARG_VALUE },
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
  if (specifier[0] === '.' || path.isAbsolute(specifier)) {
    specifier = path.resolve(specifier);
  }
  const parent = { __proto__: null, id: '<test reporter>', filename:
    path.join(process.cwd(), '<test reporter>'), paths:
    Module._nodeModulePaths(process.cwd()) };
  const mod = Module._load(specifier, parent, false);
  return mod?.default ?? mod;
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
function attach(source, reporter, destination) {
  const { setImmediate } = require('timers');
  setImmediate(() => attachNow(source, reporter, destination));
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
  (async () => {
    for await (const chunk of output) write(chunk);
    if (destination !== process.stdout && destination !== process.stderr) {
      destination.end();
    }
  })().catch((err) => {
    process.nextTick(() => { throw err; });
  });
}

function configuredPairs(childMode) {
  if (childMode) return [['child', 'stdout']];
  const options = internalBinding('options').getOptions();
  const reporters = options.testReporters;
  const destinations = options.testReporterDestinations;
  if (reporters.length === 0) {
    return [[process.stdout.isTTY ? 'spec' : 'tap',
             destinations.length > 0 ? destinations[0] : 'stdout']];
  }
  const pairs = [];
  for (let i = 0; i < reporters.length; i++) {
    let dest = destinations[i];
    if (dest === undefined) {
      if (reporters.length === 1) dest = 'stdout';
      else {
        throw new ERR_INVALID_ARG_VALUE('--test-reporter-destination',
                                        destinations,
                                        'must match the number of specified ' +
                                        '\'--test-reporter\'');
      }
    }
    ArrayPrototypePush(pairs, [reporters[i], dest]);
  }
  return pairs;
}

// One TestsStream per reporter, all fed by `stream`.
function setupReporters(stream, childMode) {
  const pairs = configuredPairs(childMode);
  if (pairs.length === 1) {
    attach(stream, loadReporter(pairs[0][0]), openDestination(pairs[0][1]));
    return;
  }
  const { TestsStream } = require('internal/test_runner/tests_stream');
  const copies = [];
  for (let i = 0; i < pairs.length; i++) {
    const copy = new TestsStream();
    ArrayPrototypePush(copies, copy);
    attach(copy, loadReporter(pairs[i][0]), openDestination(pairs[i][1]));
  }
  stream.on('data', (event) => {
    for (let i = 0; i < copies.length; i++) copies[i].push(event);
  });
  stream.on('end', () => {
    for (let i = 0; i < copies.length; i++) copies[i].push(null);
  });
}

module.exports = { attach, loadReporter, openDestination, setupReporters };
