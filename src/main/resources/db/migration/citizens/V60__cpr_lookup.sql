-- Issue 20: what the CPR register (SF1520) answered about a citizen, and when. A citizen never checked, or whose
-- last look-up failed, has cpr_checked_at NULL: "ikke verificeret i CPR", looked up again when next used.
ALTER TABLE citizens.citizen ADD COLUMN address text CHECK (length(address) <= 300);
ALTER TABLE citizens.citizen ADD COLUMN cpr_status int CHECK (cpr_status BETWEEN 1 AND 99);
ALTER TABLE citizens.citizen ADD COLUMN address_protected boolean NOT NULL DEFAULT false;
ALTER TABLE citizens.citizen ADD COLUMN digital_post boolean;
ALTER TABLE citizens.citizen ADD COLUMN cpr_checked_at timestamptz;
ALTER TABLE citizens.citizen ADD CONSTRAINT citizen_checked_has_status CHECK (cpr_checked_at IS NULL OR cpr_status IS NOT NULL);
