package zhicheng.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import zhicheng.plan.Plan;

/**
 * Who may not apply at all, whatever the route: civil servants, people barred by the integrity record, and staff
 * of central units or other provinces without the entrustment letter.
 */
public final class Gates {

  private Gates() {}

  /** seed 000 一、（二）: 公务员和参照公务员法管理的人员不得参加高级职称评审 (seed 004 一: 不含参照公务员制度管理的事业单位). */
  public static Finding civilServant(ApplicantProfile p) {
    return p.isCivilServant()
        ? Finding.fail("civil-servant", "公务员和参照公务员法管理的人员不得参加职称评审", Sources.CIVIL_SERVANTS)
        : Finding.pass("civil-servant", "非公务员或参照公务员法管理人员", Sources.CIVIL_SERVANTS);
  }

  /**
   * seed 000 一、（二）: 部属单位和外省人员需在我省申报高级职称评审的，需要提供人事关系所在的中央部属单位或省级人社部门
   * 出具的委托评审函. Applied to every plan: whoever's personnel relation lies outside the province is evaluated here
   * only on that entrustment.
   *
   * @param uploaded the materials uploaded, or null when the caller did not say (a REST caller asking in advance)
   */
  public static Finding entrustment(ApplicantProfile p, Set<Material> uploaded) {
    if (!p.isOutOfProvince()) {
      return Finding.pass("entrustment-letter", "非中央部属单位或外省人员，无需委托评审函", Sources.ENTRUSTMENT);
    }
    String rule = "部属单位和外省人员须提供人事关系所在的中央部属单位或省级人社部门出具的《委托评审函》";
    if (uploaded == null) {
      return Finding.fail("entrustment-letter", rule + "（未提供已上传材料清单，无法确认已上传）", Sources.ENTRUSTMENT);
    }
    return uploaded.contains(Material.ENTRUSTMENT_LETTER)
        ? Finding.pass("entrustment-letter", "部属单位或外省人员：已上传《委托评审函》", Sources.ENTRUSTMENT)
        : Finding.fail("entrustment-letter", rule + "，尚未上传", Sources.ENTRUSTMENT);
  }

  /**
   * seed 001 三、（九）: 对在申报过程中有弄虚作假行为的申报对象……从评审次年起3年内不得申报. The plan's year is
   * the round applied for; fraud found in the 2021 round bars the rounds of 2022, 2023 and 2024. The entry's
   * basis (处理依据) is named, so a person refused knows which decision to contest.
   */
  public static Finding integrity(List<IntegrityRecord> records, Plan plan) {
    int year = plan.rules().year();
    List<String> bars = new ArrayList<>();
    for (IntegrityRecord r : records) {
      if (r.bars(year)) {
        bars.add("诚信档案记载：" + r.roundYear() + "年度评审中" + r.finding() + "（" + r.notice()
            + (r.basis() == null ? "" : "；处理依据：" + r.basis()) + "），自"
            + r.firstBarredYear() + "年起" + IntegrityRecord.YEARS_BARRED + "年内不得申报，即至" + r.lastBarredYear()
            + "年12月31日止");
      }
    }
    return bars.isEmpty()
        ? Finding.pass("integrity-record", "诚信档案中没有" + year + "年度仍在禁止申报期内的记录", Sources.integrityOf(plan))
        : Finding.fail("integrity-record", String.join("；", bars), Sources.integrityOf(plan));
  }
}
