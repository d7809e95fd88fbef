package zhicheng.plan;

/** A plan file that cannot be used; the message names the file and the field. */
public class PlanFileException extends RuntimeException {

  public PlanFileException(String file, String field, String problem) {
    super("申报计划文件 " + file + " 的字段 " + field + " " + problem);
  }
}
