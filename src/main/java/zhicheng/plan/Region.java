package zhicheng.plan;

/**
 * The area a plan takes declarations from, as an administrative division code prefix: 33 浙江省 (seed 000),
 * 3301 杭州市 (seeds 002, 004), 3311 丽水市 (seed 001), 330523 安吉县 (seed 003).
 *
 * @param code   the prefix of the county codes it covers
 * @param name   its name, for messages
 * @param source where the notice says whom it is for
 */
public record Region(String code, String name, String source) {

  public boolean covers(String countyCode) {
    return countyCode != null && countyCode.startsWith(code);
  }
}
