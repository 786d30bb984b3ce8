-- Issue 17: what each unit was told is on the record: the document journaled in the round's own case per unit.
ALTER TABLE supervision.unit_report ADD COLUMN document_number text;
