-- zhicheng.achievements.AchievementStore: the date each applicant obtained the current title (现任职称取得日期), kept
-- beside the archive as the platform's 个人基本信息 keeps it: an item of 浙经信消费〔2022〕35号 附件2 scores only what
-- was obtained after that title (说明5), so a row naming such an item with an earlier date is refused when it is kept.
-- One script for H2 and PostgreSQL.

CREATE TABLE zc_achievement_title (
  owner VARCHAR(64) PRIMARY KEY,
  title_date DATE NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL);
