package zhicheng.achievements;

import java.util.List;

/**
 * One row of an applicant's achievement archive (业绩档案), as its owner and the reviewers of an application that
 * used it see it.
 *
 * @param item   the scoring standard's item it scores as, or null
 * @param date   yyyy-MM-dd, the day it was obtained
 * @param locked whether an application was submitted with it (then it can no longer be changed or deleted)
 * @param uses   the applications it was submitted with, each with the unit's confirmation
 */
public record Achievement(long id, String owner, String kind, String item, String title, String work, String date,
    String grade, String status, String role, String note, List<Evidence> evidence, boolean locked,
    List<AchievementUse> uses, String createdAt, String updatedAt) {}
