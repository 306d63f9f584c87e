'use strict';
// Setting or deleting process.env.TZ changes the zone Date uses at once.
require('../common');
const assert = require('assert');

const date = new Date(Date.UTC(2018, 3, 14, 12, 34, 56));
process.env.TZ = 'Europe/London';
assert.match(date.toString(), /^Sat Apr 14 2018 13:34:56 GMT\+0100 \(.+\)$/);
process.env.TZ = 'America/New_York';
assert.match(date.toString(), /^Sat Apr 14 2018 08:34:56 GMT-0400 \(.+\)$/);
assert.strictEqual(new Date(2018, 3, 14).getTimezoneOffset(), 240);
process.env.TZ = 'UTC';
assert.strictEqual(date.getHours(), 12);
delete process.env.TZ;
process.env.TZ = 'Asia/Tokyo';
assert.strictEqual(date.getHours(), 21);
