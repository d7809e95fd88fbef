package zhicheng.documents;

import java.time.OffsetDateTime;

/**
 * 直接申报专家推荐表 (seed 000 附件3): an expert recommends an applicant who does not meet the seniority rules.
 * Seed 000 附件1 (四): 推荐理由中应写明取得的标志性业绩成果.
 */
public record ExpertRecommendationData(
    String businessKey, String nomineeName, String nomineeUnit, String expertName, String expertTitle,
    String expertContact, String expertUnit, String reasons, OffsetDateTime asOf) {}
