-- Team projects (PostgreSQL only). Removing a document removes its segments by ON DELETE
-- CASCADE, and a cascade passes over row-level security: without this policy a coder could
-- remove others' segments by removing their document. A document that holds a segment made by
-- another member may be removed by a lead only.
ALTER TABLE document ENABLE ROW LEVEL SECURITY;
ALTER TABLE document FORCE ROW LEVEL SECURITY;
CREATE POLICY document_read ON document FOR SELECT USING (true);
CREATE POLICY document_add ON document FOR INSERT WITH CHECK (true);
CREATE POLICY document_change ON document FOR UPDATE USING (true);
CREATE POLICY document_remove ON document FOR DELETE USING (verbatim_is_lead()
    OR NOT EXISTS (SELECT 1 FROM segment s WHERE s.document_id = document.id AND s.owner <> current_user));
