'use strict';
// crypto.X509Certificate on certificates made with the openssl command line
// (test/fixtures/crypto/x509: an RSA CA, an RSA leaf it signed with SAN,
// AIA and extended key usage, a self-signed P-256 one and a self-signed
// Ed25519 one whose names need escaping). expected.json holds what node 20
// prints for each.
require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const {
  X509Certificate, createPrivateKey, createPublicKey, generateKeyPairSync,
} = require('crypto');

const dir = path.join(__dirname, '..', 'fixtures', 'crypto', 'x509');
const read = (name, enc) => fs.readFileSync(path.join(dir, name), enc);
const expected = JSON.parse(read('expected.json', 'utf8'));

const kFields = [
  'subject', 'subjectAltName', 'issuer', 'infoAccess', 'validFrom', 'validTo',
  'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage',
  'serialNumber', 'ca',
];

const certs = {};
for (const name of Object.keys(expected)) {
  const cert = new X509Certificate(read(`${name}.pem`));
  certs[name] = cert;
  const want = expected[name];
  for (const field of kFields) {
    const value = cert[field];
    assert.deepStrictEqual(value === undefined ? null : value, want[field],
                           `${name}.${field}`);
  }
  // Getters answer the same object each time.
  assert.strictEqual(cert.raw, cert.raw);
  assert.strictEqual(cert.publicKey, cert.publicKey);
  assert.strictEqual(cert.issuerCertificate, undefined);

  // The legacy object (tls's getPeerCertificate() shape).
  const legacy = cert.toLegacyObject();
  assert.strictEqual(Object.getPrototypeOf(legacy.subject), null);
  assert.strictEqual(Object.getPrototypeOf(legacy.issuer), null);
  assert.deepStrictEqual(legacy.raw, cert.raw);
  const { raw, ...rest } = legacy;
  assert.ok(Buffer.isBuffer(raw));
  const plain = JSON.parse(JSON.stringify({
    ...rest,
    pubkey: rest.pubkey && rest.pubkey.toString('hex'),
  }));
  assert.deepStrictEqual(Object.keys(plain), Object.keys(want.legacy), name);
  assert.deepStrictEqual(plain, want.legacy, name);

  // PEM out is the PEM in; JSON is the PEM.
  assert.strictEqual(cert.toString(), read(`${name}.pem`, 'utf8'));
  assert.strictEqual(cert.toJSON(), cert.toString());
  assert.strictEqual(JSON.stringify({ cert }),
                     JSON.stringify({ cert: cert.toString() }));
  // From a string too.
  assert.strictEqual(new X509Certificate(read(`${name}.pem`, 'utf8')).fingerprint256,
                     cert.fingerprint256);
}

const { 'ca-cert': ca, 'leaf-cert': leaf, 'ec-cert': ec, 'ed-cert': ed } = certs;

// DER in, DER out.
{
  const der = read('leaf-cert.der');
  const fromDer = new X509Certificate(der);
  assert.deepStrictEqual(fromDer.raw, der);
  assert.deepStrictEqual(leaf.raw, der);
  assert.strictEqual(fromDer.toString(), leaf.toString());
  const view = new DataView(der.buffer, der.byteOffset, der.length);
  assert.strictEqual(new X509Certificate(view).serialNumber, '0A1B2C3D');
  assert.strictEqual(new X509Certificate(new Uint8Array(der)).subject, leaf.subject);
}

// The public key.
{
  assert.strictEqual(leaf.publicKey.type, 'public');
  assert.strictEqual(leaf.publicKey.asymmetricKeyType, 'rsa');
  assert.strictEqual(ec.publicKey.asymmetricKeyType, 'ec');
  assert.strictEqual(ed.publicKey.asymmetricKeyType, 'ed25519');
  const leafKey = createPrivateKey(read('leaf-key.pem'));
  assert.ok(leaf.publicKey.equals(createPublicKey(leafKey)));
  assert.strictEqual(leaf.publicKey.export({ type: 'spki', format: 'der' }).toString('hex'),
                     expected['leaf-cert'].legacy.pubkey);
}

// Host, email and IP checks.
{
  assert.strictEqual(leaf.checkHost('agent1.example.com'), 'agent1.example.com');
  assert.strictEqual(leaf.checkHost('AGENT1.Example.COM'), 'agent1.example.com');
  assert.strictEqual(leaf.checkHost('a.wild.example.com'), '*.wild.example.com');
  assert.strictEqual(leaf.checkHost('a.b.wild.example.com'), undefined);
  assert.strictEqual(leaf.checkHost('a.wild.example.com', { wildcards: false }), undefined);
  assert.strictEqual(leaf.checkHost('example.com'), undefined);
  assert.strictEqual(leaf.checkHost(''), undefined);
  // With a DNS SAN the subject's CN is only used when asked to.
  assert.strictEqual(ec.checkHost('ec.example.com', { subject: 'never' }), 'ec.example.com');
  assert.strictEqual(ca.checkHost('Nodus Root'), 'Nodus Root');
  assert.strictEqual(ca.checkHost('Nodus Root', { subject: 'never' }), undefined);
  assert.strictEqual(ed.checkHost('ed+x.example.com'), undefined);
  assert.strictEqual(ed.checkHost('ed+x.example.com', { subject: 'always' }),
                     'ed+x.example.com');
  for (const options of [
    { partialWildcards: false }, { multiLabelWildcards: true },
    { singleLabelSubdomains: true }, { subject: 'default' }, {},
  ]) {
    assert.strictEqual(leaf.checkHost('agent1.example.com', options), 'agent1.example.com');
  }
  assert.strictEqual(leaf.checkEmail('ry@example.com'), 'ry@example.com');
  assert.strictEqual(leaf.checkEmail('ry@example.com', { subject: 'never' }), 'ry@example.com');
  assert.strictEqual(leaf.checkEmail('sally@example.com'), undefined);
  assert.strictEqual(leaf.checkIP('127.0.0.1'), '127.0.0.1');
  assert.strictEqual(leaf.checkIP('::1'), '::1');
  assert.strictEqual(leaf.checkIP('0:0:0:0:0:0:0:1'), '0:0:0:0:0:0:0:1');
  assert.strictEqual(leaf.checkIP('127.0.0.2'), undefined);
  assert.strictEqual(ca.checkIP('127.0.0.1'), undefined);
}

// Issuer and signature checks.
{
  assert.strictEqual(leaf.checkIssued(ca), true);
  assert.strictEqual(ca.checkIssued(ca), true);
  assert.strictEqual(ca.checkIssued(leaf), false);
  assert.strictEqual(ec.checkIssued(ca), false);
  assert.strictEqual(leaf.verify(ca.publicKey), true);
  assert.strictEqual(leaf.verify(leaf.publicKey), false);
  assert.strictEqual(ca.verify(ca.publicKey), true);
  assert.strictEqual(ec.verify(ec.publicKey), true);
  assert.strictEqual(ed.verify(ed.publicKey), true);
  assert.strictEqual(ed.verify(ec.publicKey), false);
  assert.strictEqual(leaf.verify(createPublicKey(read('ca-key.pem'))), true);
  assert.strictEqual(leaf.checkPrivateKey(createPrivateKey(read('leaf-key.pem'))), true);
  assert.strictEqual(leaf.checkPrivateKey(createPrivateKey(read('ca-key.pem'))), false);
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  assert.strictEqual(ec.checkPrivateKey(other), false);
  assert.strictEqual(leaf.checkPrivateKey(other), false);
}

// inspect shows the main fields.
{
  const text = require('util').inspect(leaf);
  assert.ok(text.startsWith("X509Certificate {\n  subject: 'C=US\\n' +\n"), text);
  assert.match(text, /serialNumber: '0A1B2C3D'\n\}$/);
  assert.strictEqual(require('util').inspect({ a: { b: leaf } }, { depth: 0 }),
                     '{ a: [Object] }');
  assert.strictEqual(Object.prototype.toString.call(leaf), '[object Object]');
}

// Errors, with node's codes.
{
  for (const bad of [1, {}, false, null, undefined, [], new ArrayBuffer(4)]) {
    assert.throws(() => new X509Certificate(bad), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    });
  }
  assert.throws(() => new X509Certificate(Buffer.from('abc')), {
    code: 'ERR_OSSL_PEM_NO_START_LINE',
    message: 'error:0480006C:PEM routines::no start line',
    library: 'PEM routines',
    reason: 'no start line',
  });
  assert.throws(() => new X509Certificate(''), { code: 'ERR_OSSL_PEM_NO_START_LINE' });
  // Bad DER reports the PEM error, as node does.
  assert.throws(() => new X509Certificate(read('leaf-cert.der').subarray(0, 100)),
                { code: 'ERR_OSSL_PEM_NO_START_LINE' });
  assert.throws(() => X509Certificate(read('leaf-cert.pem')), TypeError);

  for (const bad of [1, null, undefined, {}]) {
    assert.throws(() => leaf.checkHost(bad), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => leaf.checkEmail(bad), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => leaf.checkIP(bad), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  assert.throws(() => leaf.checkHost('a', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => leaf.checkHost('a', { subject: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => leaf.checkHost('a', { subject: 'bad' }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.subject' is invalid. Received 'bad'",
  });
  for (const option of ['wildcards', 'partialWildcards', 'multiLabelWildcards',
                        'singleLabelSubdomains']) {
    assert.throws(() => leaf.checkHost('a', { [option]: 1 }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "options.${option}" property must be of type boolean. ` +
               'Received type number (1)',
    });
  }
  assert.throws(() => leaf.checkHost('agent\x001'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid name',
  });
  assert.throws(() => leaf.checkEmail('a\x00b'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid name',
  });
  for (const bad of ['nope', '[::1]', '1.2.3', '']) {
    assert.throws(() => leaf.checkIP(bad), {
      name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid IP',
    });
  }
  for (const bad of [{}, leaf.raw, 'x', 1]) {
    assert.throws(() => leaf.checkIssued(bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "otherCert" argument must be an instance of X509Certificate/,
    });
  }
  for (const bad of [{}, null, read('ca-key.pem')]) {
    assert.throws(() => leaf.verify(bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "pkey" argument must be an instance of KeyObject/,
    });
    assert.throws(() => leaf.checkPrivateKey(bad), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  assert.throws(() => leaf.verify(createPrivateKey(read('ca-key.pem'))), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => leaf.checkPrivateKey(leaf.publicKey), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
  });
}
