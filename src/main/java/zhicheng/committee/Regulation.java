package zhicheng.committee;

/**
 * The national rule the committee's sitting follows. None of the seed notices sets the quorum, the pass mark or
 * recusal: they say only that the committee office 组织专家评审 (seed 004 四、2; seed 002 八). These are the
 * articles of the Ministry's regulation every committee works under, quoted where they are applied.
 */
public final class Regulation {

  /** 《职称评审管理暂行规定》（人力资源社会保障部令第40号，2019年9月1日起施行）. */
  public static final String NAME = "《职称评审管理暂行规定》（人社部令第40号）";

  /** 第二十条: the quorum. */
  public static final String QUORUM = NAME + "第二十条：“评审会议由主任委员或者副主任委员主持，"
      + "出席评审会议的专家人数应当不少于职称评审委员会人数的2/3。”";

  /** 第二十一条: the pass mark, secret ballot, no proxies. */
  public static final String PASS = NAME + "第二十一条：“职称评审委员会经过评议，采取少数服从多数的原则，"
      + "通过无记名投票表决，同意票数达到出席评审会议的评审专家总数2/3以上的即为评审通过。"
      + "未出席评审会议的评审专家不得委托他人投票或者补充投票。”";

  /** 第二十六条: recusal. */
  public static final String RECUSAL = NAME + "第二十六条：“评审工作实行回避制度。"
      + "评审专家与评审工作有利害关系或者其他关系可能影响客观公正的，应当申请回避。”";

  private Regulation() {}
}
