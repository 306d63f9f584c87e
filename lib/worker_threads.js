'use strict';

const {
  BroadcastChannel,
  MessageChannel,
  MessagePort,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
} = require('internal/worker/io');
const {
  SHARE_ENV,
  Worker,
  environmentData,
  getEnvironmentData,
  limitsObject,
  setEnvironmentData,
} = require('internal/worker');
const threadState = require('internal/worker/thread_state');
const { postMessageToThread } = require('internal/worker/messaging');
const binding = internalBinding('worker');

const isMainThread = binding.isMainThread;
let resourceLimits = {};
if (!isMainThread) {
  resourceLimits = limitsObject(binding.getResourceLimits());
  // The parent's environment data at the time it created this worker.
  if (threadState.environmentData !== undefined) {
    for (const { 0: key, 1: value } of threadState.environmentData) {
      environmentData.set(key, value);
    }
    threadState.environmentData = undefined;
  }
}

module.exports = {
  isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext,
  receiveMessageOnPort,
  resourceLimits,
  threadId: binding.threadId,
  SHARE_ENV,
  Worker,
  parentPort: threadState.parentPort,
  postMessageToThread,
  workerData: threadState.workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
