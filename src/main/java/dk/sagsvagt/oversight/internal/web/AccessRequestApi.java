package dk.sagsvagt.oversight.internal.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.oversight.internal.AccessRequests;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Aktindsigt")
class AccessRequestApi {

	record NewAccessRequest(String requester, Boolean party, LocalDate receivedOn) {
	}

	record Delay(String reason, LocalDate expectedOn) {
	}

	/**
	 * The decision per document; {@code answeredOn} when the answer was given (today when not given) and, when that is
	 * more than 2 working days ago, {@code lateReason}.
	 */
	record Answer(List<AccessRequests.DocumentDecision> documents, java.time.LocalDate answeredOn, String lateReason) {
	}

	private final AccessRequests requests;

	private final AccessPolicy access;

	AccessRequestApi(AccessRequests requests, AccessPolicy access) {
		this.requests = requests;
		this.access = access;
	}

	@PostMapping("/api/cases/{caseNumber}/access-requests")
	@Operation(summary = "Registrér en anmodning om aktindsigt i sagen; fristen på 7 arbejdsdage starter")
	ResponseEntity<AccessRequests.AccessRequest> register(CurrentUser user, @PathVariable String caseNumber, @RequestBody NewAccessRequest r) {
		return ResponseEntity.status(201).body(requests.register(caseNumber, r.requester(), Boolean.TRUE.equals(r.party()), r.receivedOn(),
				user));
	}

	@GetMapping("/api/access-requests/{id}")
	@Operation(summary = "En anmodning om aktindsigt med frist")
	AccessRequests.AccessRequest get(CurrentUser user, @PathVariable long id) {
		return requests.get(id, user);
	}

	@PostMapping("/api/access-requests/{id}/delay")
	@Operation(summary = "Brev med begrundelse og forventet svardato; fristen forlænges")
	AccessRequests.AccessRequest delay(CurrentUser user, @PathVariable long id, @RequestBody Delay d) {
		return requests.delay(id, d.reason(), d.expectedOn(), user);
	}

	@PostMapping("/api/access-requests/{id}/answer")
	@Operation(summary = "Svar: DISCLOSED, EXEMPT (med retlig begrundelse) eller REDACTED (med den overstregede kopi) pr. dokument")
	AccessRequests.AccessRequest answer(CurrentUser user, @PathVariable long id, @RequestBody Answer a) {
		return requests.answer(id, a.documents(), a.answeredOn(), a.lateReason(), user);
	}
}
