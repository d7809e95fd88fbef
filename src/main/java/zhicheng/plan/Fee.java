package zhicheng.plan;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The fee an applicant pays online once the office's qualification review passed (seed 001 六: 待资格审查完毕……
 * 申报对象根据12333短信提示内容务必在规定时间内完成费用缴纳，否则视作自动放弃推荐评审; seed 003 四 and its 附件3
 * 二、6; seed 004 附件2 二、7).
 *
 * @param items              what is paid, e.g. 中级评审费 180元 and 推荐费 80元 (seed 001)
 * @param paymentWorkingDays the payment period, in working days from the notification (counting rule of the
 *                           calendar: the day of notification does not count)
 * @param source             where the notice says so, or that the office set it
 */
public record Fee(List<Item> items, int paymentWorkingDays, String source) {

  public Fee {
    items = List.copyOf(items);
  }

  /** One item of the fee, in 分. */
  public record Item(String name, long fen) {}

  public long totalFen() {
    return items.stream().mapToLong(Item::fen).sum();
  }

  /** 中级评审费180元、推荐费80元，共260元. */
  public String describe() {
    String list = items.stream().map(i -> i.name() + Money.yuan(i.fen())).collect(Collectors.joining("、"));
    return items.size() == 1 ? list : list + "，共" + Money.yuan(totalFen());
  }
}
