/**
 * The words every part of the app shares and nothing else: the processes' keys, the messages they exchange, the
 * time zone. Engine-free, imports nothing of the app, so any package may use it without a loop.
 *
 * <p>Code comments and tests name the notices by a short label; what a person reads names them by 文号 and clause
 * (docs/notices.md), and {@code PersonFacingTextTest} fails on a label that slips into it. The labels:
 * <ul>
 *   <li>seed 000: 浙经信消费〔2022〕35号 and 浙经信消费〔2022〕34号, with 杭州市经济和信息化局's forwarding notice of
 *       2022-02-25;</li>
 *   <li>seed 001: 丽人社函〔2021〕150号;</li>
 *   <li>seed 002: 杭州工艺美术中级评审附件;</li>
 *   <li>seed 003: 安人社通〔2021〕9号;</li>
 *   <li>seed 004: 杭经信人事〔2023〕63号.</li>
 * </ul>
 */
package zhicheng.vocabulary;
