'use strict';

// stream/consumers: the whole content of a node stream, a web
// ReadableStream or any async iterable, as an ArrayBuffer, a Blob, a
// Buffer, a string or parsed JSON.

const {
  JSONParse,
} = primordials;

let Blob;
let Buffer;
let TextDecoder;

async function blob(stream) {
  Blob ??= require('internal/blob').Blob;
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const whole = await blob(stream);
  return whole.arrayBuffer();
}

async function buffer(stream) {
  Buffer ??= require('buffer').Buffer;
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  TextDecoder ??= require('internal/encoding').TextDecoder;
  const decoder = new TextDecoder();
  let result = '';
  for await (const chunk of stream) {
    result += typeof chunk === 'string' ? chunk :
      decoder.decode(chunk, { stream: true });
  }
  result += decoder.decode(undefined, { stream: false });
  return result;
}

async function json(stream) {
  return JSONParse(await text(stream));
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
