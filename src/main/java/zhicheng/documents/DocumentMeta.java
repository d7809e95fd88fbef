package zhicheng.documents;

import java.time.OffsetDateTime;

/**
 * What a PDF says about itself. {@code createdAt} and {@code fingerprint} (from which the file ID is derived)
 * come from the document's data, never from the clock, so the same data gives the same bytes.
 *
 * @param title       document title (PDF metadata)
 * @param subject     e.g. the applicant or the batch
 * @param createdAt   the data's own date, e.g. the last step of the review trail
 * @param fingerprint a text that changes whenever the data changes (the data record's {@code toString()})
 * @param watermark   text across every page, or empty
 * @param footer      text in every page's footer before the page number, or empty
 */
record DocumentMeta(
    String title, String subject, OffsetDateTime createdAt, String fingerprint, String watermark, String footer) {}
