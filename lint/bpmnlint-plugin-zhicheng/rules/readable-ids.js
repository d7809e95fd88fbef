const { is } = require('bpmnlint-utils');

// Tests, delegates and running instances refer to element ids: they must say what the element is, e.g.
// UserTask_UnitReview, Gateway_ReviewDecision, Flow_Returned, Timer_LevelDeadline — never Modeler's generated
// Activity_0abc123 or Gateway_1.
const READABLE = /^[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9]*$/;
const GENERATED = /_(\d+|[0-9a-z]{7})$/;

module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:FlowElement') && !is(node, 'bpmn:EventDefinition')) {
      return;
    }
    if (!READABLE.test(node.id) || GENERATED.test(node.id)) {
      reporter.report(node.id, 'Id is not readable: use Type_WhatItIs, e.g. UserTask_UnitReview');
    }
  }
  return { check };
};
