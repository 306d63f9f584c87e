'use strict';

// Legacy alias: require('_stream_duplex') is stream.Duplex.

module.exports = require('stream').Duplex;
