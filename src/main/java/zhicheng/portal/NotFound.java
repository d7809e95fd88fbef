package zhicheng.portal;

/**
 * An application or task the signed-in person may not see, or that does not exist: the pages answer both the same
 * way (404, nothing shown), so nobody learns that someone else's application exists.
 */
class NotFound extends RuntimeException {

  NotFound() {
    super("未找到该申报，或您无权查看。");
  }
}
