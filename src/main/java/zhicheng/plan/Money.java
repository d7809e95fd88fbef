package zhicheng.plan;

import java.math.BigDecimal;

/** Amounts of money in 分 (fen, 1/100 yuan), so that fees compare exactly; written in 元 as the notices do. */
public final class Money {

  private Money() {}

  /** 180 → 18000; 180.5 → 18050. More than two decimals is not an amount of money: refused. */
  public static long fen(BigDecimal yuan) {
    return yuan.movePointRight(2).longValueExact();
  }

  /** 26000 → "260元"; 18050 → "180.50元". */
  public static String yuan(long fen) {
    return (fen % 100 == 0 ? String.valueOf(fen / 100) : BigDecimal.valueOf(fen, 2).toPlainString()) + "元";
  }

  /** 26000 → "260.00", as a payment platform writes amounts. */
  public static String plain(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
