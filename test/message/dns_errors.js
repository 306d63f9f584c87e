'use strict';
// How dns errors print: a c-ares failure (code string, errno undefined),
// a thrown system error (reverse of a non-address), a coded argument
// error, and one left uncaught.
require('../common');
const dns = require('dns');

try {
  dns.reverse('not-an-ip', () => {});
} catch (err) {
  console.log(err);
}
try {
  dns.lookup('localhost', { family: 5 }, () => {});
} catch (err) {
  console.log(err);
}

const resolver = new dns.Resolver({ tries: 1 });
resolver.setServers(['127.0.0.1:9']);
resolver.resolve4('host.test', (err) => {
  console.log(err);
  throw err;
});
