// The house rules of zhicheng's models (DESIGN: readable ids, Chinese names, TTL and version on every process,
// delegates by expression), as bpmnlint rules so CI and Camunda Modeler's linting can report them.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'zhicheng/readable-ids': 'error',
        'zhicheng/chinese-names': 'error',
        'zhicheng/process-ttl-and-version': 'error',
        'zhicheng/delegate-expression': 'error'
      }
    }
  }
};
