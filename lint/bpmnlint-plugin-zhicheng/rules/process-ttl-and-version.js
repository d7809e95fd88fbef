const { is } = require('bpmnlint-utils');

// enforceHistoryTimeToLive is on: a process without a TTL cannot be deployed; a version tag tells operators which
// model a running instance follows.
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || !node.isExecutable) {
      return;
    }
    const attrs = node.$attrs || {};
    const ttl = node.get('camunda:historyTimeToLive') || attrs['camunda:historyTimeToLive'];
    const version = node.get('camunda:versionTag') || attrs['camunda:versionTag'];
    if (!ttl) {
      reporter.report(node.id, 'Process has no camunda:historyTimeToLive');
    }
    if (!version) {
      reporter.report(node.id, 'Process has no camunda:versionTag');
    }
  }
  return { check };
};
