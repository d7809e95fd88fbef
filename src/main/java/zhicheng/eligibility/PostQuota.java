package zhicheng.eligibility;

import java.util.Optional;

import zhicheng.organisation.Organisation;

/**
 * Public institutions (事业单位) recommend applicants only within their vacant posts: approved minus filled
 * (seed 002 附件3: 核准数、实聘数、空缺数; seed 003 三、（五）: 根据空缺岗位数……择优推荐; seed 004 六、1).
 * Enterprises have no such limit.
 */
public final class PostQuota {

  private PostQuota() {}

  /**
   * Whether the unit may recommend one more applicant of a plan at {@code level}, having recommended
   * {@code alreadyRecommended} of the same plan; empty when it may, else the reason.
   */
  public static Optional<String> refusal(Organisation.Unit unit, String level, long alreadyRecommended) {
    if (!unit.isPublicInstitution()) {
      return Optional.empty();
    }
    Organisation.Posts posts = unit.posts().get(level);
    if (posts == null) {
      return Optional.of(unit.name() + "为事业单位，组织机构数据中没有其" + level + "专业技术岗位的核准数和实聘数，"
          + "无法确认空缺岗位，不能推荐（依据：" + Sources.POSTS + "）");
    }
    if (alreadyRecommended < posts.vacant()) {
      return Optional.empty();
    }
    return Optional.of(unit.name() + "为事业单位，" + level + "专业技术岗位核准" + posts.approved() + "个、实聘"
        + posts.filled() + "个、空缺" + posts.vacant() + "个，本计划已推荐" + alreadyRecommended
        + "人，不能再推荐（事业单位在空缺岗位数内择优推荐；依据：" + Sources.POSTS + "）");
  }
}
