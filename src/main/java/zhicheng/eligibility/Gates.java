package zhicheng.eligibility;

import java.util.ArrayList;
import java.util.List;

import zhicheng.plan.Plan;

/** Who may not apply at all, whatever the route: civil servants, and people barred by the integrity record. */
public final class Gates {

  private Gates() {}

  /** seed 000 一、（二）: 公务员和参照公务员法管理的人员不得参加高级职称评审 (seed 004 一: 不含参照公务员制度管理的事业单位). */
  public static Finding civilServant(ApplicantProfile p) {
    return p.isCivilServant()
        ? Finding.fail("civil-servant", "公务员和参照公务员法管理的人员不得参加职称评审", Sources.CIVIL_SERVANTS)
        : Finding.pass("civil-servant", "非公务员或参照公务员法管理人员", Sources.CIVIL_SERVANTS);
  }

  /**
   * seed 001 三、（九）: 对在申报过程中有弄虚作假行为的申报对象……从评审次年起3年内不得申报. The plan's year is
   * the round applied for; fraud found in the 2021 round bars the rounds of 2022, 2023 and 2024.
   */
  public static Finding integrity(List<IntegrityRecord> records, Plan plan) {
    int year = plan.rules().year();
    List<String> bars = new ArrayList<>();
    for (IntegrityRecord r : records) {
      if (r.bars(year)) {
        bars.add("诚信档案记载：" + r.roundYear() + "年度评审中" + r.finding() + "（" + r.notice() + "），自"
            + r.firstBarredYear() + "年起" + IntegrityRecord.YEARS_BARRED + "年内不得申报，即至" + r.lastBarredYear()
            + "年12月31日止");
      }
    }
    return bars.isEmpty()
        ? Finding.pass("integrity-record", "诚信档案中没有" + year + "年度仍在禁止申报期内的记录", Sources.FRAUD_BAR)
        : Finding.fail("integrity-record", String.join("；", bars), Sources.FRAUD_BAR);
  }
}
