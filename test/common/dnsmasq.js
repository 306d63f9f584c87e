'use strict';
// A real DNS server for dns tests: dnsmasq as a child process on 127.0.0.1
// and a random high port, serving the project's test zone (ZONE below) and
// nothing else (no upstream, no /etc/hosts, no config file). Tests call
// start(callback) and get { port, server: '127.0.0.1:<port>', stop(),
// pause() }; start() skips the test when dnsmasq is not installed.

const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

function findDnsmasq() {
  const dirs = (process.env.PATH || '').split(':')
    .concat(['/usr/sbin', '/sbin', '/usr/local/sbin']);
  for (const dir of dirs) {
    const file = path.join(dir, 'dnsmasq');
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // Not here.
    }
  }
  return null;
}

// RDATA in hex for --dns-rr: a name in wire format.
function wireName(name) {
  let hex = '';
  for (const label of name.split('.')) {
    hex += label.length.toString(16).padStart(2, '0') +
      Buffer.from(label, 'latin1').toString('hex');
  }
  return hex + '00';
}

function u32(value) {
  return value.toString(16).padStart(8, '0');
}

const SOA = {
  nsname: 'ns1.test',
  hostmaster: 'hostmaster.test',
  serial: 12345,
  refresh: 1200,
  retry: 120,
  expire: 604800,
  minttl: 3600,
};

const BIG_TXT = Array.from({ length: 12 },
                           (_, i) => `record-${i}-${'x'.repeat(150)}`);

// Every name is under .test, which dnsmasq answers itself (--local):
// unknown names there are NXDOMAIN, names elsewhere are REFUSED.
const ZONE = [
  '--local=/test/',
  '--host-record=a.test,1.2.3.4,2001:db8::1',
  '--host-record=multi.test,10.0.0.1',
  '--host-record=multi.test,10.0.0.2',
  '--host-record=v4only.test,10.1.1.1',
  '--mx-host=mx.test,mail.test,10',
  '--mx-host=mx.test,mail2.test,20',
  '--txt-record=txt.test,v=spf1 -all',
  '--txt-record=txt.test,chunk1,chunk2',
  '--srv-host=_sip._tcp.test,sip.test,5060,10,20',
  '--cname=alias.test,a.test',
  '--ptr-record=9.9.9.9.in-addr.arpa,one.test',
  '--ptr-record=9.9.9.9.in-addr.arpa,two.test',
  '--ptr-record=ptr.test,target.test',
  '--naptr-record=naptr.test,100,10,S,SIP+D2U,,_sip._udp.test',
  '--caa-record=caa.test,0,issue,letsencrypt.org',
  // Too big for one UDP answer (512 bytes): truncated, then asked over TCP.
  ...BIG_TXT.map((text) => `--txt-record=big.test,${text}`),
  // NS (type 2) and SOA (type 6) records as raw RDATA.
  `--dns-rr=zone.test,2,${wireName(SOA.nsname)}`,
  `--dns-rr=zone.test,6,${wireName(SOA.nsname)}${wireName(SOA.hostmaster)}` +
    u32(SOA.serial) + u32(SOA.refresh) + u32(SOA.retry) + u32(SOA.expire) +
    u32(SOA.minttl),
];

function startOnce(binary, port, extraArgs, callback) {
  const child = spawn(binary, [
    '--no-daemon', '--no-resolv', '--no-hosts', '--conf-file=/dev/null',
    '--pid-file', `--port=${port}`, '--listen-address=127.0.0.1',
    '--bind-interfaces', ...ZONE, ...extraArgs,
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  let output = '';
  let done = false;
  const finish = (err) => {
    if (done) return;
    done = true;
    callback(err, child);
  };
  child.stderr.setEncoding('latin1');
  child.stderr.on('data', function onData(chunk) {
    output += chunk;
    // Logged once its sockets are bound.
    if (/started, version/.test(output)) {
      child.stderr.removeListener('data', onData);
      finish(null);
    }
  });
  child.on('exit', (code) => finish(new Error(`dnsmasq exited (${code}): ${output}`)));
  child.on('error', finish);
}

// start([options, ]callback). options.logQueries: dnsmasq logs each query
// (`query[A] a.test from 127.0.0.1`); server.waitForLog(regexp, callback)
// calls back once such a line has been logged.
function start(options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const binary = findDnsmasq();
  if (binary === null) require('.').skip('dnsmasq is not installed');
  const extraArgs = options.logQueries ? ['--log-queries'] : [];
  let attempts = 0;
  const tryPort = () => {
    const port = 20000 + Math.floor(Math.random() * 40000);
    startOnce(binary, port, extraArgs, (err, child) => {
      if (err) {
        // Most likely the port was taken: another one.
        if (++attempts < 5) return tryPort();
        throw err;
      }
      let log = '';
      const waiters = [];
      child.stderr.on('data', (chunk) => {
        log += chunk;
        for (let i = waiters.length - 1; i >= 0; i--) {
          if (waiters[i].regexp.test(log)) waiters.splice(i, 1)[0].callback();
        }
      });
      const stop = () => {
        child.kill('SIGCONT');
        child.kill('SIGTERM');
      };
      process.on('exit', stop);
      callback({
        port,
        server: `127.0.0.1:${port}`,
        stop,
        // A server that never answers: the socket stays bound, nobody
        // reads it.
        pause: () => child.kill('SIGSTOP'),
        waitForLog(regexp, done) {
          if (regexp.test(log)) return process.nextTick(done);
          waiters.push({ regexp, callback: done });
        },
      });
    });
  };
  tryPort();
}

module.exports = { start, BIG_TXT, SOA };
