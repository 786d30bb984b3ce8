-- The documents attached to an agenda item (e.g. Borgerrådgiveren's report or a round's result note put before the
-- committee), in the order given; the title is the document's as it was attached.
CREATE TABLE inquiries.agenda_document (
    item_id         bigint NOT NULL REFERENCES inquiries.agenda_item (id),
    position        int    NOT NULL CHECK (position > 0),
    document_number text   NOT NULL CHECK (document_number ~ '^\d{4}-\d{7}-\d+$'),
    case_number     text   NOT NULL,
    title           text   NOT NULL,
    PRIMARY KEY (item_id, document_number),
    UNIQUE (item_id, position)
);

-- On whose behalf a reply was signed (the letterhead and the "På vegne af" line); older replies were the administration's.
ALTER TABLE inquiries.inquiry
    ADD COLUMN signed_on_behalf_of text NOT NULL DEFAULT 'ADMINISTRATION'
        CHECK (signed_on_behalf_of IN ('MAYOR', 'COMMITTEE_CHAIR', 'ADMINISTRATION'));
