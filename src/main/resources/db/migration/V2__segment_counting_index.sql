-- Analyses read every segment's place, code and coder; this index holds all of them, so that
-- scan reads the index alone and never the rows with their covered text.
CREATE INDEX segment_for_counting ON segment(document_id, start_offset, end_offset, code_id, coder_id);
