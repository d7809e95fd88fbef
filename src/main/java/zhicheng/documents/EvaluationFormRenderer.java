package zhicheng.documents;

import static zhicheng.documents.Layout.BLANK;
import static zhicheng.documents.Layout.orBlank;

import java.io.IOException;

import zhicheng.documents.Layout.Align;
import zhicheng.documents.Layout.Cell;
import zhicheng.documents.Layout.Row;

/**
 * 专业技术职务任职资格评审表: the paper form that travels with the application and is stamped at each level
 * (seed 004 附件2 二、8: 导出带有……水印的评审表（一式 3 份）……经所在单位加盖公章后报送; 附件4 二、3: 评审表排序应与花名册序号
 * 保持一致). Applicant data, route, education, titles, the title applied for (申报资格), assessments, continuing
 * education, 本人述职 and each level's opinion with who and when; every copy complete, with the platform's watermark
 * on every page.
 */
public final class EvaluationFormRenderer {

  private static final float LABEL = 85;
  private static final float VALUE = 162.5f;

  private final CjkFont font;
  private final String watermark;

  public EvaluationFormRenderer(CjkFont font, String watermark) {
    this.font = font;
    this.watermark = watermark == null ? "" : watermark;
  }

  public byte[] render(EvaluationFormData d) {
    Applicant a = d.applicant();
    DocumentMeta meta = new DocumentMeta(DocumentKind.EVALUATION_FORM.title(), orBlank(a.name()) + "　" + d.businessKey(),
        d.asOf(), d.toString(), watermark, "申报编号 " + d.businessKey());
    return Pdf.render(font, PdfCanvas.A4, Pdf.MARGIN, meta, c -> {
      // every copy is complete and the same but for its footer: drawn once, the others repeat its pages
      for (int copy = 1; copy <= d.copies(); copy++) {
        String label = d.copies() == 1 ? "" : "第 " + copy + " 份（共 " + d.copies() + " 份）";
        if (copy == 1) {
          c.section(label);
          copy(c, d);
        } else {
          c.repeatSection(label);
        }
      }
    });
  }

  /**
   * The achievements the application went with (业绩维护后自动提取), each with the unit's finding and its points, and
   * the score of the confirmed ones beside the applicant's own claim.
   */
  private static void achievements(PdfCanvas c, EvaluationFormData d) throws IOException {
    if (d.achievements().isEmpty()) {
      return;
    }
    c.space(10);
    c.centered("业绩成果（单位核实）", 12);
    c.space(2);
    c.row(Row.of(Cell.label("类别", 60), Cell.label("名称", 0), Cell.label("取得日期", 70), Cell.label("单位核实", 90),
        Cell.label("计分", 40)));
    for (AchievementLine line : d.achievements()) {
      c.row(Row.of(Cell.value(line.kind(), 60).size(Layout.SMALL), Cell.value(line.title(), 0).size(Layout.SMALL),
          Cell.value(line.date(), 70).size(Layout.SMALL), Cell.value(line.confirmation(), 90).size(Layout.SMALL),
          Cell.value(line.points() == null ? BLANK : String.valueOf(line.points()), 40).size(Layout.SMALL)));
    }
    if (d.scoreLine() != null) {
      c.row(Row.of(Cell.label("量化评分", LABEL), Cell.value(d.scoreLine(), 0)));
    }
  }

  private static void copy(PdfCanvas c, EvaluationFormData d) throws IOException {
    Applicant a = d.applicant();
    c.centered(DocumentKind.EVALUATION_FORM.title(), 20);
    c.space(4);
    c.centered(orBlank(d.planTitle()) + "（" + orBlank(d.planNotice()) + "）", Layout.SMALL);
    c.space(6);
    c.paragraph("申报编号：" + d.businessKey(), Layout.SMALL, 0, Align.RIGHT);
    c.space(4);

    c.row(Row.of(Cell.label("姓名", LABEL), Cell.value(a.name(), VALUE),
        Cell.label("性别", LABEL), Cell.value(a.gender(), VALUE)));
    c.row(Row.of(Cell.label("出生年月", LABEL), Cell.value(a.birthMonth(), VALUE),
        Cell.label("身份证号码", LABEL), Cell.value(a.idNumber(), VALUE)));
    c.row(Row.of(Cell.label("工作单位", LABEL), Cell.value(a.unitName(), 0)));
    c.row(Row.of(Cell.label("所在区县", LABEL), Cell.value(a.countyName(), VALUE),
        Cell.label("申报途径", LABEL), Cell.value(a.route(), VALUE)));
    c.row(Row.of(Cell.label("学历", LABEL), Cell.value(a.education(), VALUE),
        Cell.label("现任专业技术职务", LABEL).size(Layout.SMALL), Cell.value(a.currentTitle(), VALUE)));
    c.row(Row.of(Cell.label("现任职务取得时间", LABEL).size(Layout.SMALL), Cell.value(a.currentTitleDate(), VALUE),
        Cell.label("申报资格", LABEL), Cell.value(d.appliedQualification(), VALUE)));
    // year by year, as the profile holds them: seed 004 附件1 三 (继续教育 2021—2023年 270 学时) and 附件2 三、3
    // (单位考核情况：须填逐年考核结果)
    c.row(Row.of(Cell.label("继续教育学时", LABEL), Cell.value(d.continuingEducation(), 0)));
    c.row(Row.of(Cell.label("年度考核", LABEL),
        Cell.value(d.assessments().isEmpty() ? BLANK : String.join("；", d.assessments()), 0)));
    c.row(Row.of(Cell.label("评审委员会", LABEL), Cell.value(d.committeeName(), 0)));
    c.row(Row.tall(180, Cell.label("本人述职", LABEL), Cell.box(orBlank(d.statement()), 0)));
    achievements(c, d);

    c.space(10);
    c.centered("审核意见", 12);
    c.space(2);
    for (LevelOpinion level : d.levels()) {
      String text = level.decided()
          ? "审核结论：" + level.decision() + "\n意见：" + orBlank(level.opinion())
              + "\n审核人：" + orBlank(level.reviewer()) + "　　时间：" + orBlank(level.at())
          : "（尚未审核）";
      c.row(Row.tall(72, Cell.label(level.level(), LABEL).size(Layout.SMALL),
          Cell.box(text, 0).footer(level.decided() ? "（盖章）" : "（盖章）\n年　　月　　日")));
    }
  }
}
