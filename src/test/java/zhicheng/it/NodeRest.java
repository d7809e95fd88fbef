package zhicheng.it;

/** The demo users' REST steps ({@link DemoRest}) against one {@link AppNode}. */
final class NodeRest extends DemoRest {

  final AppNode node;

  NodeRest(AppNode node) {
    this.node = node;
    this.rest = node.rest();
  }
}
