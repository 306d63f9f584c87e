'use strict';
// bench-runs: 11
// 10,000 resolve4 queries (c-ares on the loop) against a local dnsmasq on
// 127.0.0.1, 100 in flight at a time. dnsmasq's start is part of the time
// for both runtimes.
const { spawn } = require('child_process');
const dns = require('dns');

const total = 10000;
const inFlight = 100;
const port = 20000 + Math.floor(Math.random() * 40000);
const child = spawn('dnsmasq', [
  '--no-daemon', '--no-resolv', '--no-hosts', '--conf-file=/dev/null',
  '--pid-file', `--port=${port}`, '--listen-address=127.0.0.1',
  '--bind-interfaces', '--local=/test/', '--host-record=a.test,1.2.3.4',
], { stdio: ['ignore', 'ignore', 'pipe'] });
child.on('error', (err) => {
  throw err;
});

let output = '';
child.stderr.setEncoding('latin1');
child.stderr.on('data', function onData(chunk) {
  output += chunk;
  if (!/started, version/.test(output)) return;
  child.stderr.removeListener('data', onData);
  child.stderr.resume();
  run();
});

function run() {
  const resolver = new dns.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  let started = 0;
  let done = 0;
  const next = () => {
    if (started === total) return;
    started++;
    resolver.resolve4('a.test', (err, addresses) => {
      if (err) throw err;
      if (addresses[0] !== '1.2.3.4') throw new Error(addresses);
      if (++done === total) child.kill();
      else next();
    });
  };
  for (let i = 0; i < inFlight; i++) next();
}
