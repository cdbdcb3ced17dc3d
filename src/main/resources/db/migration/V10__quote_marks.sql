-- Passages a researcher has chosen as quotes for the write-up: a mark per segment, gone with
-- the segment.
CREATE TABLE quote_mark (
    segment_id BIGINT NOT NULL PRIMARY KEY REFERENCES segment(id) ON DELETE CASCADE,
    marked_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
