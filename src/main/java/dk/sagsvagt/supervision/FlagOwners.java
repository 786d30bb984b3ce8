package dk.sagsvagt.supervision;

import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.deadlines.DeadlineOwners;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.supervision.internal.RoundGrants;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The flagged cases whose follow-up a person owns, and giving that follow-up (with its deadline) to a colleague. */
@Service
public class FlagOwners {

	/** A follow-up not yet written. */
	public record OwnedFlag(long roundId, String roundName, String caseNumber, LocalDate followUpDue) {
	}

	private final JdbcClient jdbc;

	private final DeadlineOwners deadlines;

	private final Organisation organisation;

	private final RoundGrants grants;

	private final dk.sagsvagt.supervision.internal.RoundStore store;

	FlagOwners(JdbcClient jdbc, DeadlineOwners deadlines, Organisation organisation, RoundGrants grants,
			dk.sagsvagt.supervision.internal.RoundStore store) {
		this.grants = grants;
		this.store = store;
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.organisation = organisation;
	}

	public List<OwnedFlag> openOwnedBy(String username) {
		return jdbc.sql("""
				SELECT f.round_id, r.name, f.case_number, f.follow_up_due FROM supervision.flag f JOIN supervision.round r ON r.id = f.round_id
				WHERE f.owner = ? AND f.followed_up_at IS NULL ORDER BY f.follow_up_due""")
			.param(username)
			.query((rs, n) -> new OwnedFlag(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)))
			.list();
	}

	/** For the module that has checked the user's right to hand the work over. */
	@Transactional
	public void transfer(long roundId, String caseNumber, String fromUsername, String toUsername, String actor) {
		Staff from = organisation.staffByUsername(fromUsername).orElseThrow();
		Staff to = organisation.staffByUsername(toUsername).filter(s -> s.active() && !s.role().isExternal())
			.orElseThrow(() -> new InvalidInputException("to", "Vælg en aktiv kollega."));
		int updated = jdbc.sql("""
				UPDATE supervision.flag SET owner = ? WHERE round_id = ? AND case_number = ? AND owner = ? AND followed_up_at IS NULL""")
			.params(to.username(), roundId, caseNumber, from.username())
			.update();
		if (updated == 0) {
			throw new ConflictException("Opfølgningen på sag " + caseNumber + " er skrevet eller allerede overdraget.");
		}
		long caseId = jdbc.sql("SELECT case_id FROM supervision.sample WHERE round_id = ? AND case_number = ?")
			.params(roundId, caseNumber).query(Long.class).single();
		deadlines.transfer(caseId, "SUPERVISION_FOLLOW_UP", from.id(), to.id(), actor);
		grants.endFollowUp(roundId, from.username(), caseId, actor);
		grants.followUp(store.find(roundId).orElseThrow(), to.username(), caseId, actor);
	}
}
