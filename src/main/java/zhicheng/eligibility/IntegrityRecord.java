package zhicheng.eligibility;

/**
 * One entry of the integrity record (诚信档案): fraud found in a round (提供虚假材料、剽窃他人作品和学术成果或者通过
 * 其他不正当手段, seed 004 五、申报纪律), who recorded it and under which notice.
 *
 * @param roundYear the year of the round (评审年度) in which the fraud was found
 * @param basis     处理依据: the decision or document, and its clause, the entry rests on; null for entries
 *                  recorded before it was asked for
 */
public record IntegrityRecord(
    String id, String idNumber, String personName, String finding, int roundYear, String notice, String basis,
    String recordedBy, String recordedAt) {

  /** seed 001 三、（九）: 从评审次年起3年内不得申报. */
  public static final int YEARS_BARRED = 3;

  public int firstBarredYear() {
    return roundYear + 1;
  }

  public int lastBarredYear() {
    return roundYear + YEARS_BARRED;
  }

  public boolean bars(int planYear) {
    return planYear >= firstBarredYear() && planYear <= lastBarredYear();
  }
}
