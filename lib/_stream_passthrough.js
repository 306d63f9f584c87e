'use strict';

// Legacy alias: require('_stream_passthrough') is stream.PassThrough.

module.exports = require('stream').PassThrough;
