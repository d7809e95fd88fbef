const { is } = require('bpmnlint-utils');

// Reviewers see task and event names in Tasklist and Cockpit: every activity, event and gateway has a Chinese name.
// A name computed at run time (${levelName}：${applicantName}) is Chinese once resolved; a gateway that only joins
// flows (one way out) asks nothing and, by BPMN convention, has no name.
const CJK = /[\u4e00-\u9fff]/;

module.exports = function() {
  function check(node, reporter) {
    const named = is(node, 'bpmn:Activity') || is(node, 'bpmn:Event') || is(node, 'bpmn:Gateway');
    const joinOnly = is(node, 'bpmn:Gateway') && (node.outgoing || []).length <= 1;
    const computed = /\$\{/.test(node.name || '');
    if (named && !joinOnly && !computed && !CJK.test(node.name || '')) {
      reporter.report(node.id, 'Element has no Chinese name (what reviewers and operators read)');
    }
  }
  return { check };
};
