package zhicheng.achievements;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import zhicheng.eligibility.MaterialCheck;

/**
 * What an archive row must be before it is kept, each problem named by its field, in Chinese: a known kind, a
 * scoring item that belongs to it, a title, a date that is not in the future, a patent's status (授权 / 受理,
 * 浙经信消费〔2022〕35号 附件2 说明4), a contest award's work (项目及获奖: 同一作品按所获得最高奖项计分一次), a role
 * of 为主 or 参与, and at least one evidence file that is a PDF by its content (安人社通〔2021〕9号 二、（四）1: 材料须以PDF
 * 格式上传), as every upload is checked ({@link MaterialCheck}). Engine-free.
 */
public final class AchievementRules {

  public static final int TITLE_MAX = 200;
  public static final int NOTE_MAX = 1000;
  private static final String PATENT_CLAUSE = "浙经信消费〔2022〕35号 附件2 说明4：获专利授权的按表中计分标准计分，获得专利受理的不予计分";
  private static final String WORK_CLAUSE = "浙经信消费〔2022〕35号 附件2 工作业绩·项目及获奖：同一作品按所获得最高奖项计分一次";
  private static final String EVIDENCE_CLAUSE = "浙经信消费〔2022〕35号 附件1（三）、（八）：证书和证明材料在业绩维护后自动提取";

  private AchievementRules() {}

  /** A row that passed: the decoded new files, in the order given. */
  public record NewFile(String fileName, byte[] content) {}

  /** The problems, and the new files when there are none. */
  public record Checked(List<String> problems, List<NewFile> newFiles, List<Long> keptFiles) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /**
   * @param items      the items of the scoring standards in force, by id (for their text)
   * @param keptFiles  the ids of the row's files so far (empty for a new row)
   * @param updating   a PUT: no {@code evidence} keeps the files as they are
   */
  public static Checked check(AchievementInput in, Map<String, String> items, Set<Long> keptFiles, boolean updating,
      LocalDate today) {
    List<String> problems = new ArrayList<>();
    if (in == null) {
      return new Checked(List.of("请求内容为空：请填写业绩"), List.of(), List.of());
    }
    AchievementKind kind = AchievementKind.of(in.kind()).orElse(null);
    if (blank(in.kind())) {
      problems.add("kind：请选择业绩类别（" + String.join("、", AchievementKind.labels()) + "）");
    } else if (kind == null) {
      problems.add("kind：业绩类别“" + in.kind() + "”不在可选范围内（" + String.join("、", AchievementKind.labels()) + "）");
    }
    if (!blank(in.item())) {
      if (!items.containsKey(in.item())) {
        problems.add("item：评分项“" + in.item() + "”不在量化评分标准中");
      } else if (kind != null && !kind.scoresAs(in.item())) {
        problems.add("item：评分项“" + items.get(in.item()) + "”不属于“" + kind.label() + "”类业绩");
      }
    }
    if (blank(in.title())) {
      problems.add("title：请填写业绩名称（如证书、论文、专利的名称）");
    } else if (in.title().length() > TITLE_MAX) {
      problems.add("title：业绩名称不超过" + TITLE_MAX + "字，现为" + in.title().length() + "字");
    }
    if (in.work() != null && in.work().length() > TITLE_MAX) {
      problems.add("work：作品或项目名称不超过" + TITLE_MAX + "字");
    }
    if (blank(in.work()) && in.item() != null && in.item().startsWith("awards.contests.")) {
      problems.add("work：大赛获奖须写明获奖作品（" + WORK_CLAUSE + "）");
    }
    date(in.date(), today).ifPresent(problems::add);
    if (in.grade() != null && in.grade().length() > 100) {
      problems.add("grade：等级或级别不超过100字");
    }
    if (kind == AchievementKind.PATENT) {
      if (blank(in.status())) {
        problems.add("status：专利须填写状态：授权或受理（" + PATENT_CLAUSE + "）");
      } else if (!"授权".equals(in.status()) && !"受理".equals(in.status())) {
        problems.add("status：专利状态只能是“授权”或“受理”，不是“" + in.status() + "”");
      }
    } else if (!blank(in.status())) {
      problems.add("status：只有专利填写状态（授权或受理）");
    }
    if (!blank(in.role()) && !"为主".equals(in.role()) && !"参与".equals(in.role())) {
      problems.add("role：本人作用只能是“为主”或“参与”，不是“" + in.role() + "”");
    }
    if (in.note() != null && in.note().length() > NOTE_MAX) {
      problems.add("note：备注不超过" + NOTE_MAX + "字，现为" + in.note().length() + "字");
    }
    List<NewFile> files = new ArrayList<>();
    List<Long> kept = new ArrayList<>();
    if (in.evidence() == null && updating) {
      kept.addAll(keptFiles);
    } else {
      List<AchievementInput.EvidenceInput> evidence = in.evidence() == null ? List.of() : in.evidence();
      for (int i = 0; i < evidence.size(); i++) {
        evidence(evidence.get(i), "evidence[" + i + "]", keptFiles, files, kept, problems);
      }
    }
    if (files.isEmpty() && kept.isEmpty() && problems.stream().noneMatch(p -> p.startsWith("evidence["))) {
      problems.add("evidence：请上传至少一份佐证材料（PDF）（" + EVIDENCE_CLAUSE + "）");
    }
    return new Checked(problems, problems.isEmpty() ? files : List.of(), problems.isEmpty() ? kept : List.of());
  }

  private static void evidence(AchievementInput.EvidenceInput e, String at, Set<Long> keptFiles, List<NewFile> files,
      List<Long> kept, List<String> problems) {
    if (e == null) {
      problems.add(at + "：佐证材料不能为空");
    } else if (e.id() != null) {
      if (!keptFiles.contains(e.id())) {
        problems.add(at + ".id：本条业绩没有编号为 " + e.id() + " 的佐证材料");
      } else {
        kept.add(e.id());
      }
    } else if (blank(e.fileName())) {
      problems.add(at + ".fileName：请填写文件名");
    } else if (e.fileName().length() > 255) {
      problems.add(at + ".fileName：文件名不超过255字");
    } else if (blank(e.content())) {
      problems.add(at + ".content：文件“" + e.fileName() + "”没有内容");
    } else {
      byte[] content;
      try {
        // strict (the MIME decoder skips what is not Base64 and would hand the PDF check garbage); line breaks allowed
        content = Base64.getDecoder().decode(e.content().replaceAll("\\s", ""));
      } catch (IllegalArgumentException bad) {
        problems.add(at + ".content：文件“" + e.fileName() + "”的内容不是有效的 Base64 编码");
        return;
      }
      MaterialCheck.pdf("佐证材料", e.fileName(), content).ifPresentOrElse(
          p -> problems.add(at + "：" + p), () -> files.add(new NewFile(e.fileName().trim(), content)));
    }
  }

  private static java.util.Optional<String> date(String text, LocalDate today) {
    if (blank(text)) {
      return java.util.Optional.of("date：请填写取得日期（yyyy-MM-dd）");
    }
    LocalDate d;
    try {
      d = LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      return java.util.Optional.of("date：“" + text + "”不是有效日期，格式为 yyyy-MM-dd");
    }
    if (d.isAfter(today)) {
      return java.util.Optional.of("date：" + d + " 晚于今天（" + today + "），取得日期不能在将来");
    }
    return java.util.Optional.empty();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
