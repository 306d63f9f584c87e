'use strict';
// X509Certificate on certificates the openssl command line makes now (a CA
// and a leaf it signs, RSA and EC), compared field by field with what
// `openssl x509` prints (skipped when no openssl binary is installed).
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { X509Certificate, createPrivateKey } = require('crypto');

if (spawnSync('openssl', ['version']).status !== 0) {
  console.log('1..0 # Skipped: no openssl command');
  process.exit(0);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x509-cli-'));
const file = (name) => path.join(dir, name);

function openssl(...args) {
  const result = spawnSync('openssl', args, { encoding: 'utf8' });
  assert.strictEqual(result.status, 0, `openssl ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

// `openssl x509 -noout -<what>` for one field: the text after "=".
function field(cert, ...args) {
  const out = openssl('x509', '-in', cert, '-noout', ...args).trim();
  return out.slice(out.indexOf('=') + 1);
}

for (const keyArgs of [['-newkey', 'rsa:2048'],
                       ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-384']]) {
  openssl('req', '-x509', ...keyArgs, '-nodes', '-keyout', file('ca-key.pem'),
          '-out', file('ca.pem'), '-days', '30', '-subj', '/O=CLI CA/CN=cli-root');
  openssl('req', '-new', ...keyArgs, '-nodes', '-keyout', file('leaf-key.pem'),
          '-out', file('leaf.csr'), '-subj', '/C=NZ/O=CLI Leaf/CN=leaf.cli.test');
  fs.writeFileSync(file('ext.cnf'),
                   'subjectAltName=DNS:leaf.cli.test,DNS:*.cli.test,IP:10.1.2.3\n' +
                   'authorityInfoAccess=OCSP;URI:http://ocsp.cli.test/\n' +
                   'extendedKeyUsage=serverAuth,codeSigning\n');
  openssl('x509', '-req', '-in', file('leaf.csr'), '-CA', file('ca.pem'),
          '-CAkey', file('ca-key.pem'), '-CAcreateserial', '-days', '10',
          '-extfile', file('ext.cnf'), '-out', file('leaf.pem'));
  openssl('x509', '-in', file('leaf.pem'), '-outform', 'DER', '-out', file('leaf.der'));

  const ca = new X509Certificate(fs.readFileSync(file('ca.pem')));
  const leaf = new X509Certificate(fs.readFileSync(file('leaf.pem')));
  const leafDer = new X509Certificate(fs.readFileSync(file('leaf.der')));

  for (const [cert, pem] of [[ca, file('ca.pem')], [leaf, file('leaf.pem')]]) {
    assert.strictEqual(cert.fingerprint, field(pem, '-fingerprint', '-sha1'));
    assert.strictEqual(cert.fingerprint256, field(pem, '-fingerprint', '-sha256'));
    assert.strictEqual(cert.fingerprint512, field(pem, '-fingerprint', '-sha512'));
    assert.strictEqual(cert.serialNumber, field(pem, '-serial'));
    assert.strictEqual(cert.validFrom, field(pem, '-startdate'));
    assert.strictEqual(cert.validTo, field(pem, '-enddate'));
    // openssl's RFC 2253 form lists the RDNs last first, comma-separated.
    assert.strictEqual(cert.subject.split('\n').reverse().join(','),
                       field(pem, '-subject', '-nameopt', 'RFC2253'));
    assert.strictEqual(cert.issuer.split('\n').reverse().join(','),
                       field(pem, '-issuer', '-nameopt', 'RFC2253'));
    assert.strictEqual(cert.publicKey.export({ type: 'spki', format: 'pem' }),
                       openssl('x509', '-in', pem, '-noout', '-pubkey'));
    assert.strictEqual(cert.toString(), openssl('x509', '-in', pem));
  }
  assert.deepStrictEqual(leaf.raw, fs.readFileSync(file('leaf.der')));
  assert.strictEqual(leafDer.fingerprint256, leaf.fingerprint256);
  assert.strictEqual(leaf.subject, 'C=NZ\nO=CLI Leaf\nCN=leaf.cli.test');
  assert.strictEqual(leaf.issuer, 'O=CLI CA\nCN=cli-root');
  assert.strictEqual(leaf.subjectAltName,
                     'DNS:leaf.cli.test, DNS:*.cli.test, IP Address:10.1.2.3');
  // openssl prints the same list on its own line.
  assert.ok(openssl('x509', '-in', file('leaf.pem'), '-noout', '-ext', 'subjectAltName')
    .includes(leaf.subjectAltName));
  assert.strictEqual(leaf.infoAccess, 'OCSP - URI:http://ocsp.cli.test/');
  assert.deepStrictEqual(leaf.keyUsage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.3']);
  assert.strictEqual(ca.ca, true);
  assert.strictEqual(leaf.ca, false);

  // What `openssl verify` accepts, checkIssued/verify accept.
  assert.match(openssl('verify', '-CAfile', file('ca.pem'), file('leaf.pem')), /: OK/);
  assert.strictEqual(leaf.checkIssued(ca), true);
  assert.strictEqual(leaf.verify(ca.publicKey), true);
  assert.strictEqual(ca.verify(leaf.publicKey), false);
  assert.strictEqual(
    leaf.checkPrivateKey(createPrivateKey(fs.readFileSync(file('leaf-key.pem')))), true);
  assert.strictEqual(
    leaf.checkPrivateKey(createPrivateKey(fs.readFileSync(file('ca-key.pem')))), false);

  assert.strictEqual(leaf.checkHost('leaf.cli.test'), 'leaf.cli.test');
  assert.strictEqual(leaf.checkHost('x.cli.test'), '*.cli.test');
  assert.strictEqual(leaf.checkIP('10.1.2.3'), '10.1.2.3');
  assert.strictEqual(leaf.checkHost('cli-root'), undefined);
}

fs.rmSync(dir, { recursive: true, force: true });
