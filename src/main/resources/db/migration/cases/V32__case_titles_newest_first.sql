-- Case titles found by search are shown newest first (see V31 for documents).
CREATE INDEX IF NOT EXISTS case_file_opened_idx ON cases.case_file (opened_at);
