package zhicheng.documents;

import static zhicheng.documents.Layout.orBlank;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

import zhicheng.documents.Layout.Cell;
import zhicheng.documents.Layout.Row;

/**
 * 破格推荐专业技术职务任职资格审批表, laid out as seed 004 附件5 (and seed 003 附件6); the opinion boxes carry the levels'
 * decisions as they are made, above the stamp line the paper still needs.
 */
public final class ExceptionalApprovalRenderer {

  private static final String STAMP = "（盖章）\n年　　月　　日";

  private final CjkFont font;

  public ExceptionalApprovalRenderer(CjkFont font) {
    this.font = font;
  }

  public static String title(String grade) {
    return "破格推荐" + (grade == null || grade.isBlank() ? "＿＿级" : grade.trim()) + "专业技术职务任职资格审批表";
  }

  public byte[] render(ExceptionalApprovalData d) {
    DocumentMeta meta = new DocumentMeta(title(d.grade()), orBlank(d.applicant().name()) + "　" + d.businessKey(),
        d.asOf(), d.toString(), "", "申报编号 " + d.businessKey());
    return Pdf.render(font, PdfCanvas.A4, Pdf.MARGIN, meta, c -> {
      for (int copy = 1; copy <= d.copies(); copy++) {
        c.section(d.copies() == 1 ? "" : "第 " + copy + " 份（共 " + d.copies() + " 份）");
        copy(c, d);
      }
    });
  }

  private static void copy(PdfCanvas c, ExceptionalApprovalData d) throws IOException {
    Applicant a = d.applicant();
    c.centered(title(d.grade()), 17);
    c.space(10);
    c.row(Row.of(Cell.label("姓　　名", 70), Cell.value(a.name(), 95), Cell.label("性　　别", 60),
        Cell.value(a.gender(), 95), Cell.label("出生年月", 70), Cell.value(a.birthMonth(), 0)));
    c.row(Row.of(Cell.label("工作单位", 70), Cell.value(a.unitName(), 95).size(Layout.SMALL),
        Cell.label("行政职务", 60), Cell.value(d.administrativePost(), 95), Cell.label("专业工作年限", 70).size(Layout.SMALL),
        Cell.value(d.professionalYears(), 0)));
    c.row(Row.tall(40, Cell.label("何年何校何专业毕业", 70).size(Layout.SMALL), Cell.value(d.graduation(), 0)));
    c.row(Row.of(Cell.label("现聘任专业技术职务", 70).size(Layout.SMALL), Cell.value(d.appointedTitle(), 155),
        Cell.label("聘任时间", 70), Cell.value(d.appointedDate(), 0)));
    c.row(Row.tall(30, Cell.label("破格推荐何专业技术职务任职资格", 155).size(Layout.SMALL),
        Cell.value(d.recommendedQualification(), 0)));
    c.row(Row.tall(130, Cell.label("简　　历", 70), Cell.box(orBlank(d.resume()), 0)));
    c.row(Row.tall(150, Cell.label("破格推荐理由", 70), Cell.box(orBlank(d.reasons()), 0)));
    c.row(Row.tall(110, Cell.label("所在单位意见", 70), Cell.box(opinions(d.unitOpinions()), 177.5f).footer(STAMP),
        Cell.label("主管部门意见", 70), Cell.box(opinions(d.departmentOpinions()), 0).footer(STAMP)));
    c.row(Row.tall(100, Cell.box("市（局、总公司）人事部门意见：" + (d.personnelOpinions().stream().anyMatch(LevelOpinion::decided)
        ? "\n" + opinions(d.personnelOpinions()) : ""), 0).footer(STAMP)));
  }

  /** The decided levels of a box, each with its decision, words, who and when; blank while none has decided. */
  static String opinions(List<LevelOpinion> levels) {
    return levels.stream().filter(LevelOpinion::decided)
        .map(o -> o.level() + "：" + o.decision() + "\n" + orBlank(o.opinion()) + "\n审核人：" + orBlank(o.reviewer())
            + "\n时间：" + orBlank(o.at()))
        .collect(Collectors.joining("\n"));
  }
}
