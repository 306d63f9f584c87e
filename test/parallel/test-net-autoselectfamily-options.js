'use strict';
// The command-line defaults of net's family autoselection:
// --[no-]network-family-autoselection (and its older --enable- name) and
// --network-family-autoselection-attempt-timeout, on the command line and
// in NODE_OPTIONS.
require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');

const read = 'const net = require("net"); console.log(' +
  'net.getDefaultAutoSelectFamily(), ' +
  'net.getDefaultAutoSelectFamilyAttemptTimeout())';
function defaults(args, env = {}) {
  return execFileSync(process.execPath, [...args, '-e', read], {
    env: { ...process.env, NODE_OPTIONS: '', ...env }, encoding: 'utf8',
  }).trim();
}

assert.strictEqual(defaults([]), 'true 250');
assert.strictEqual(defaults(['--no-network-family-autoselection']),
                   'false 250');
assert.strictEqual(defaults(['--no-enable-network-family-autoselection']),
                   'false 250');
assert.strictEqual(
  defaults(['--network-family-autoselection-attempt-timeout=123']),
  'true 123');
assert.strictEqual(
  defaults(['--network-family-autoselection-attempt-timeout', '5']),
  'true 5');
assert.strictEqual(defaults([], {
  NODE_OPTIONS: '--no-network-family-autoselection ' +
    '--network-family-autoselection-attempt-timeout=7',
}), 'false 7');
