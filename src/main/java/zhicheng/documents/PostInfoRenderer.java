package zhicheng.documents;

import static zhicheng.documents.Layout.orBlank;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import zhicheng.documents.Layout.Cell;
import zhicheng.documents.Layout.Row;
import zhicheng.documents.PostInfoData.Candidate;
import zhicheng.documents.PostInfoData.Grade;

/** 事业单位人员职称申报岗位信息表, laid out as seed 003 附件5. */
public final class PostInfoRenderer {

  private final CjkFont font;

  public PostInfoRenderer(CjkFont font) {
    this.font = font;
  }

  public byte[] render(PostInfoData d) {
    String title = DocumentKind.POST_INFO.title();
    DocumentMeta meta = new DocumentMeta(title, orBlank(d.unitName()), d.asOf(), d.toString(), "",
        orBlank(d.unitName()));
    return Pdf.render(font, PdfCanvas.A4, Pdf.MARGIN, meta, c -> {
      c.centered(title, 17);
      c.space(10);
      c.row(Row.of(Cell.label("单位名称（盖章）", 110), Cell.value(d.unitName(), 0)));
      c.row(Row.of(Cell.label("编制数", 70), Cell.value(n(d.establishment()), 80), Cell.label("专业技术岗位总数", 100),
          Cell.value(n(d.technicalPosts()), 70), Cell.label("专技人才实际聘用数", 105),
          Cell.value(n(d.technicalEmployed()), 0)));

      c.space(8);
      c.centered("单位专业技术岗位情况", Layout.BODY);
      List<Cell> header = new ArrayList<>(List.of(Cell.label("等级", 145)));
      d.grades().forEach(g -> header.add(Cell.label(g.grade(), 0)));
      c.beginTable(List.of(new Row(header, 22)));
      c.row(metric("核准比例", d.grades(), g -> orBlank(g.approvedRatio())));
      c.row(metric("核准人数", d.grades(), g -> n(g.approved())));
      c.row(metric("按标准比例和实聘人数计算可聘人数", d.grades(), g -> n(g.allowedByRatio())));
      c.row(metric("实聘人数", d.grades(), g -> n(g.employed())));
      c.row(metric("空缺情况", d.grades(), g -> n(g.vacant())));
      c.endTable();

      c.space(8);
      String grade = orBlank(d.targetGrade());
      c.paragraph("单位专业技术岗位竞聘结果：今年全年本单位共新推出 " + n(d.newVacancies()) + " 个空缺" + grade
          + "专业技术岗位用于晋升" + grade + "职务任职资格人员（含使用空缺岗位的转评人员）竞聘。经考核竞聘，同意 "
          + n(d.recommendedForReview()) + " 人参加" + grade + "评审，" + n(d.recommendedForInitial()) + " 人申报" + grade
          + "初定，并承诺在取得资格后，按规定及时聘任，聘任后，本单位共使用" + grade + "岗位 " + n(d.postsUsedAfterwards())
          + " 个。本单位推荐人员名单如下：", Layout.BODY, 0, Layout.Align.LEFT);
      c.space(4);
      c.beginTable(List.of(Row.of(Cell.label("姓名", 55).size(Layout.SMALL), Cell.label("身份证号码", 110).size(Layout.SMALL),
          Cell.label("现有专业技术职务任职资格", 75).size(Layout.SMALL), Cell.label("聘任专业技术职级", 60).size(Layout.SMALL),
          Cell.label("聘任时间", 60).size(Layout.SMALL), Cell.label("在聘岗位等级", 60).size(Layout.SMALL),
          Cell.label("推荐申报职称", 0).size(Layout.SMALL))));
      for (Candidate p : d.candidates()) {
        c.row(Row.of(Cell.value(p.name(), 55).size(Layout.SMALL), Cell.value(p.idNumber(), 110).size(Layout.SMALL),
            Cell.value(p.currentQualification(), 75).size(Layout.SMALL),
            Cell.value(p.appointedLevel(), 60).size(Layout.SMALL), Cell.value(p.appointedDate(), 60).size(Layout.SMALL),
            Cell.value(p.postGrade(), 60).size(Layout.SMALL), Cell.value(p.recommendedTitle(), 0).size(Layout.SMALL)));
      }
      c.endTable();
      c.row(Row.tall(90, Cell.label("主管部门或人力社保部门意见", 110), Cell.box("", 0).footer("（盖章）\n年　　月　　日")));
      c.space(6);
      c.paragraph("注：该表格为事业单位推荐在编人员参加职称评审时填写。有空缺岗位的，用正数表示。", Layout.SMALL, 0,
          Layout.Align.LEFT);
    });
  }

  private static Row metric(String name, List<Grade> grades, Function<Grade, String> value) {
    List<Cell> cells = new ArrayList<>(List.of(Cell.label(name, 145).size(Layout.SMALL)));
    grades.forEach(g -> cells.add(Cell.label(value.apply(g), 0)));
    return new Row(cells, 22);
  }

  private static String n(Integer value) {
    return value == null ? Layout.BLANK : value.toString();
  }
}
