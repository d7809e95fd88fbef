package zhicheng.eligibility;

import java.util.List;
import java.util.Map;

/**
 * Honours with which a highly skilled person applies directly, whatever the years, per level of the title
 * applied for, in the words of the notices (the start form offers exactly these).
 */
public final class Honours {

  /** seed 004 附件1 二、（三）2: 可直接申报副高级职称. */
  public static final List<String> SENIOR = List.of(
      "世界技能大赛铜牌以上获得者", "全国技术能手", "国家级技能大师工作室领办人", "钱江技能大奖获得者", "浙江杰出工匠",
      "省“百千万”高技能领军人才培养工程中入选“杰出技能人才”");

  /** seed 002 附件1 二: 申报工程师评审时，对助理级职称和学历不作要求. */
  public static final List<String> INTERMEDIATE = List.of(
      "省级技能大师工作室领办人", "省首席技师", "全国技术能手", "获得世界技能大赛优胜奖", "国家级一类技能竞赛前五名",
      "国家级二类技能竞赛前三名", "省“百千万”高技能领军人才培养工程中入选“拔尖技能人才”");

  private static final Map<String, List<String>> BY_LEVEL = Map.of("副高级", SENIOR, "中级", INTERMEDIATE);
  private static final Map<String, String> SOURCE = Map.of("副高级", Sources.HONOURS_004, "中级", Sources.HONOURS_002);

  private Honours() {}

  public static List<String> forLevel(String level) {
    return BY_LEVEL.getOrDefault(level, List.of());
  }

  public static String source(String level) {
    return SOURCE.getOrDefault(level, "");
  }
}
