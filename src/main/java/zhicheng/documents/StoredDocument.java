package zhicheng.documents;

import java.time.OffsetDateTime;

/**
 * One stored version of a document (without its bytes).
 *
 * @param processInstanceId the application (title-application instance) or batch the document belongs to
 * @param businessKey       the application's 申报编号, or the batch's key
 * @param version           1, 2, … per process instance and kind; every version is kept
 */
public record StoredDocument(
    long id, String processInstanceId, String businessKey, DocumentKind kind, int version, String fileName,
    OffsetDateTime createdAt, String sha256, int size) {}
