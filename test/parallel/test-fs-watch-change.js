'use strict';
// Watching a file reports writes to it as 'change' events naming it;
// encoding: 'buffer' gives the name as a Buffer.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const tmpdir = common.tmpdir;
tmpdir.refresh();
const file = tmpdir.resolve('watched.txt');
fs.writeFileSync(file, 'start');

const watcher = fs.watch(file, { encoding: 'buffer' },
                         common.mustCallAtLeast((eventType, filename) => {
                           assert.strictEqual(eventType, 'change');
                           assert.deepStrictEqual(filename,
                                                  Buffer.from('watched.txt'));
                           watcher.close();
                           clearInterval(timer);
                         }));
const timer = setInterval(() => fs.appendFileSync(file, '.'), 20);
