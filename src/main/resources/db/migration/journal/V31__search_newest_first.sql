-- Search shows the newest matching documents first: with this index PostgreSQL walks back from the newest document
-- and stops at the 50th visible match for a common word, instead of ranking every match (hundreds of thousands at
-- national scale); for a rare word it still goes through the full-text index.
CREATE INDEX IF NOT EXISTS document_journaled_idx ON journal.document (journaled_at);
