-- Corrections keep every earlier text of a document: a version is the whole text as it was
-- saved, when, by whom, and what the change was. A document never corrected has no rows here.
CREATE TABLE document_version (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id BIGINT        NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    version     INT           NOT NULL,
    text        CLOB          NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    editor      VARCHAR(200)  NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    CONSTRAINT document_version_order UNIQUE (document_id, version)
);
