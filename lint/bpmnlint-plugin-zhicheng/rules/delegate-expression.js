const { is } = require('bpmnlint-utils');

// Delegates are constructor-injected Spring beans named in the model (camunda:delegateExpression), never
// camunda:class (an instance the container does not know) nor inline scripts.
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:ServiceTask') && !is(node, 'bpmn:SendTask')) {
      return;
    }
    const attrs = node.$attrs || {};
    if (node.get('camunda:class') || attrs['camunda:class']) {
      reporter.report(node.id, 'Use camunda:delegateExpression="${bean}", not camunda:class');
    }
  }
  return { check };
};
