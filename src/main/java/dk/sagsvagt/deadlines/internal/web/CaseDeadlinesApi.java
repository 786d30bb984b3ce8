package dk.sagsvagt.deadlines.internal.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadline;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.deadlines.DeadlineChanges;
import dk.sagsvagt.deadlines.internal.DeadlineHistory;
import dk.sagsvagt.shared.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Frister på sager")
class CaseDeadlinesApi {

	/**
	 * An event in a case; {@code occurredAt} (when it happened) defaults to now; {@code lateReason} is needed when it is
	 * registered more than 2 working days after it happened.
	 */
	record EventRequest(String event, Instant occurredAt, String variant, String lateReason) {
	}

	private final CaseDeadlines deadlines;

	private final Cases cases;

	private final AccessPolicy access;

	private final DeadlineChanges changes;

	private final DeadlineHistory history;

	CaseDeadlinesApi(CaseDeadlines deadlines, Cases cases, AccessPolicy access, DeadlineChanges changes, DeadlineHistory history) {
		this.history = history;
		this.changes = changes;
		this.deadlines = deadlines;
		this.cases = cases;
		this.access = access;
	}

	@PostMapping("/api/cases/{caseNumber}/deadline-events")
	@Operation(summary = "Registrér en hændelse, der starter eller overholder frister (fx NOTIFICATION_RECEIVED)")
	ResponseEntity<List<CaseDeadline>> record(@PathVariable String caseNumber, @RequestBody EventRequest request) {
		CurrentUser user = access.currentUser();
		CaseFile caseFile = cases.open(caseNumber, user, Action.EDIT_CASE);
		return ResponseEntity.status(201).body(deadlines.record(caseFile, request.event(), request.occurredAt(), request.variant(), request.lateReason(), user));
	}

	/** Why the deadline no longer applies. */
	record Ending(String reason) {
	}

	@PostMapping("/api/cases/{caseNumber}/deadlines/{id}/end")
	@Operation(summary = "Lad en frist bortfalde (status ENDED) med begrundelse; den forsvinder fra fristlisterne")
	ResponseEntity<List<CaseDeadline>> end(CurrentUser user, @PathVariable String caseNumber, @PathVariable long id, @RequestBody Ending body) {
		CaseFile caseFile = cases.open(caseNumber, user, Action.EDIT_CASE);
		if (deadlines.ofCase(caseFile).stream().noneMatch(d -> d.id() == id)) {
			throw new NotFoundException("Fristen findes ikke i sag " + caseNumber + ".");
		}
		changes.end(id, body.reason(), user);
		return ResponseEntity.ok(deadlines.ofCase(caseFile));
	}

	@GetMapping("/api/cases/{caseNumber}/deadlines")
	@Operation(summary = "Sagens frister")
	List<CaseDeadline> ofCase(CurrentUser user, @PathVariable String caseNumber) {
		return deadlines.ofCase(cases.open(caseNumber, user));
	}

	@GetMapping("/api/cases/{caseNumber}/deadlines/{id}/history")
	@Operation(summary = "En frists historik: start, stillet i bero, genoptaget, forlænget, fremrykket, bortfaldet, overskredet og overholdt, med hvem og hvorfor")
	List<DeadlineHistory.Entry> history(CurrentUser user, @PathVariable String caseNumber, @PathVariable long id) {
		return history.of(cases.open(caseNumber, user), id);
	}

	@GetMapping("/api/deadlines/mine")
	@Operation(summary = "Mine frister: åbne frister på mine sager")
	List<CaseDeadline> mine(CurrentUser user) {
		return deadlines.mine(user, 500);
	}
}
