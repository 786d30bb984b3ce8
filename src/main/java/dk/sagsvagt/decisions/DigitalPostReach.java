package dk.sagsvagt.decisions;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.decisions.internal.DecisionStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Which of a decision's recipients Digital Post can reach, by the service's registration check (SF1601
 * PostForespoerg): shown on the decision before the caseworker chooses how to send it, and asked again when it is
 * sent, which refuses Digital Post to a recipient who is not registered (or is exempt).
 */
@Service
public class DigitalPostReach {

	/** A recipient and what the registration check said. */
	public record Recipient(long citizenId, String name, DigitalPost.Reach reach) {
	}

	private final Decisions decisions;

	private final Cases cases;

	private final ObjectProvider<DigitalPost> service;

	DigitalPostReach(Decisions decisions, Cases cases, ObjectProvider<DigitalPost> service) {
		this.decisions = decisions;
		this.cases = cases;
		this.service = service;
	}

	/** Whether Sagsvagt can ask: not in manual mode, where no service is connected. */
	public boolean connected() {
		return service.getIfAvailable() != null;
	}

	/** The draft's recipients as the registration check sees them now; the user must be able to see the case. */
	public List<Recipient> recipients(long decisionId, CurrentUser user) {
		DecisionStore.Row row = decisions.row(decisionId);
		CaseFile caseFile = cases.open(row.caseNumber(), user, Action.VIEW_CASE);
		List<Long> ids = row.content().notifiedCitizenIds() == null ? List.of() : row.content().notifiedCitizenIds();
		return check(caseFile, ids);
	}

	/** The names of the recipients the registration check finds not registered (or exempt); none when not connected. */
	List<String> unreachable(CaseFile caseFile, List<Long> citizenIds) {
		return check(caseFile, citizenIds == null ? List.of() : citizenIds).stream().filter(r -> r.reach() == DigitalPost.Reach.NOT_REGISTERED).map(Recipient::name).toList();
	}

	private List<Recipient> check(CaseFile caseFile, List<Long> citizenIds) {
		DigitalPost post = service.getIfAvailable();
		if (post == null || citizenIds.isEmpty()) {
			return List.of();
		}
		Map<Long, String> names = cases.parties(caseFile).stream().map(p -> p.citizen())
			.collect(Collectors.toMap(Citizen::id, Citizen::name, (a, b) -> a));
		return citizenIds.stream().map(id -> new Recipient(id, names.get(id), post.reach(id))).toList();
	}
}
