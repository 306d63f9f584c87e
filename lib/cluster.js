'use strict';

// cluster: the primary's module, or a worker's when this process was forked
// by a primary (NODE_UNIQUE_ID set on process.env itself).

const { ObjectPrototypeHasOwnProperty } = primordials;

const childOrPrimary =
  ObjectPrototypeHasOwnProperty(process.env, 'NODE_UNIQUE_ID') ?
    'child' : 'primary';
module.exports = require(`internal/cluster/${childOrPrimary}`);
