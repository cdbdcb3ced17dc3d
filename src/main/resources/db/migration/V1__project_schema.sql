-- Verbatim project schema, version 1. Offsets are UTF-16 units of document.text (see docs/decisions).

CREATE TABLE project_info (
    info_key   VARCHAR(64) PRIMARY KEY,
    info_value VARCHAR(1000) NOT NULL
);

CREATE TABLE document (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(500)  NOT NULL UNIQUE,
    format        VARCHAR(20)   NOT NULL,
    language      VARCHAR(8)    NOT NULL,
    encoding      VARCHAR(40)   NOT NULL,
    source_file   VARCHAR(1000) NOT NULL,
    source_sha256 CHAR(64)      NOT NULL,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    word_count    INT           NOT NULL,
    text          CLOB          NOT NULL
);

CREATE TABLE turn (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT       NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    idx          INT          NOT NULL,
    speaker      VARCHAR(200) NOT NULL,
    timestamp_ms BIGINT,
    start_offset INT          NOT NULL,
    end_offset   INT          NOT NULL,
    CONSTRAINT turn_order UNIQUE (document_id, idx),
    CONSTRAINT turn_range CHECK (start_offset >= 0 AND end_offset >= start_offset)
);

CREATE TABLE participant (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    pkey VARCHAR(200) NOT NULL UNIQUE,
    name VARCHAR(500)
);

CREATE TABLE attribute (
    id    BIGINT AUTO_INCREMENT PRIMARY KEY,
    name  VARCHAR(200) NOT NULL,
    scope VARCHAR(20)  NOT NULL,
    type  VARCHAR(20)  NOT NULL,
    CONSTRAINT attribute_name UNIQUE (scope, name)
);

CREATE TABLE participant_value (
    participant_id BIGINT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    attribute_id   BIGINT NOT NULL REFERENCES attribute(id) ON DELETE CASCADE,
    attr_value     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (participant_id, attribute_id)
);

CREATE TABLE document_value (
    document_id  BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    attribute_id BIGINT NOT NULL REFERENCES attribute(id) ON DELETE CASCADE,
    attr_value   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (document_id, attribute_id)
);

CREATE TABLE speaker_map (
    document_id    BIGINT       NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    speaker        VARCHAR(200) NOT NULL,
    participant_id BIGINT       NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, speaker)
);

CREATE TABLE code (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    parent_id   BIGINT REFERENCES code(id),
    name        VARCHAR(500) NOT NULL,
    color       CHAR(7)      NOT NULL,
    description CLOB,
    shortcut    VARCHAR(40)
);

CREATE TABLE coder (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(200) NOT NULL UNIQUE
);

CREATE TABLE segment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    code_id      BIGINT NOT NULL REFERENCES code(id),
    coder_id     BIGINT NOT NULL REFERENCES coder(id),
    start_offset INT    NOT NULL,
    end_offset   INT    NOT NULL,
    covered_text CLOB   NOT NULL,
    memo         CLOB,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT segment_range CHECK (start_offset >= 0 AND end_offset > start_offset)
);
CREATE INDEX segment_by_document ON segment(document_id, start_offset);
CREATE INDEX segment_by_code ON segment(code_id);

CREATE TABLE memo (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    target     VARCHAR(20) NOT NULL,
    target_id  BIGINT,
    title      VARCHAR(500) NOT NULL,
    text       CLOB NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX memo_by_target ON memo(target, target_id);

INSERT INTO project_info (info_key, info_value) VALUES ('generation', '0');
