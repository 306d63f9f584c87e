'use strict';

// cluster: the primary's module, or a worker's when this process was forked
// by a primary (NODE_UNIQUE_ID set).

const childOrPrimary = 'NODE_UNIQUE_ID' in process.env ? 'child' : 'primary';
module.exports = require(`internal/cluster/${childOrPrimary}`);
