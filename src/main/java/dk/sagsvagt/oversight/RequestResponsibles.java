package dk.sagsvagt.oversight;

import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.deadlines.DeadlineOwners;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The open requests a person is responsible for, and giving one (with its answer date) to a colleague. */
@Service
public class RequestResponsibles {

	/** An open request and the date the body set. */
	public record OwnedRequest(long id, String caseNumber, String bodyName, LocalDate answerDue, int openItems) {
	}

	private final JdbcClient jdbc;

	private final DeadlineOwners deadlines;

	private final AccessGrants grants;

	private final Organisation organisation;

	private final RequestWork work;

	RequestResponsibles(JdbcClient jdbc, DeadlineOwners deadlines, AccessGrants grants, Organisation organisation, RequestWork work) {
		this.work = work;
		this.jdbc = jdbc;
		this.deadlines = deadlines;
		this.grants = grants;
		this.organisation = organisation;
	}

	public List<OwnedRequest> openFor(String username) {
		return jdbc.sql("""
				SELECT r.id, r.case_number, b.name, r.answer_due,
				       (SELECT count(*) FROM oversight.item i WHERE i.request_id = r.id AND i.status = 'OPEN')::int
				FROM oversight.request r JOIN oversight.body b ON b.code = r.body
				WHERE r.responsible = ? AND r.status = 'OPEN' ORDER BY r.answer_due""")
			.param(username)
			.query((rs, n) -> new OwnedRequest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getInt(5)))
			.list();
	}

	/** For the module that has checked the user's right to hand the work over; the colleague may then open the request's case. */
	@Transactional
	public void transfer(long requestId, String fromUsername, String toUsername, String actor) {
		Staff from = organisation.staffByUsername(fromUsername).orElseThrow();
		Staff to = organisation.staffByUsername(toUsername).filter(s -> s.active() && !s.role().isExternal())
			.orElseThrow(() -> new InvalidInputException("to", "Vælg en aktiv kollega."));
		List<Long> caseIds = jdbc.sql("UPDATE oversight.request SET responsible = ? WHERE id = ? AND responsible = ? AND status = 'OPEN' RETURNING case_id")
			.params(to.username(), requestId, from.username())
			.query(Long.class)
			.list();
		if (caseIds.isEmpty()) {
			throw new ConflictException("Anmodningen er besvaret eller allerede overdraget.");
		}
		deadlines.transfer(caseIds.get(0), "OVERSIGHT_ANSWER", from.id(), to.id(), actor);
		grants.assignCase(to.username(), caseIds.get(0), "Ansvarlig for anmodning", actor);
		work.transfer(requestId, caseIds.get(0), from.username(), to.username(), actor);
	}
}
