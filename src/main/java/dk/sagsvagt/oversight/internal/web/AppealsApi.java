package dk.sagsvagt.oversight.internal.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.oversight.AppealStatistics;
import dk.sagsvagt.oversight.Complaint;
import dk.sagsvagt.oversight.internal.Complaints;
import dk.sagsvagt.oversight.Referrals;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Klager og Ankestyrelsen")
class AppealsApi {

	record NewComplaint(Long decisionId, LocalDate receivedOn, String channel, String text, String lateAcceptedReason) {
	}

	record LateComplaintReason(String reason) {
	}

	/** CHANGED or UPHELD with remarks; {@code reconsideredOn} when it was done (today when not given) and, when late, why. */
	record Reconsideration(String result, String remarks, java.time.LocalDate reconsideredOn, String lateReason) {
	}

	record Outcome(String outcome, LocalDate decidedOn, String learningPoints, Long supervisionFindingId) {
	}

	record NewReferral(String caseNumber, String kind, String reason, LocalDate answerDue) {
	}

	record FromRound(LocalDate answerDue) {
	}

	private final Complaints complaints;

	private final Referrals referrals;

	private final AppealStatistics statistics;

	private final AccessPolicy access;

	AppealsApi(Complaints complaints, Referrals referrals, AppealStatistics statistics, AccessPolicy access) {
		this.complaints = complaints;
		this.referrals = referrals;
		this.statistics = statistics;
		this.access = access;
	}

	@PostMapping("/api/complaints")
	@Operation(summary = "Registrér en klage over en afgørelse; for sene klager markeres og behandles kun med en begrundelse")
	ResponseEntity<Complaint> register(CurrentUser user, @RequestBody NewComplaint c) {
		return ResponseEntity.status(201).body(complaints.register(c.decisionId() == null ? 0 : c.decisionId(), c.receivedOn(), c.channel(),
				c.text(), c.lateAcceptedReason(), user));
	}

	@GetMapping("/api/complaints/{id}")
	@Operation(summary = "En klage")
	Complaint get(CurrentUser user, @PathVariable long id) {
		return complaints.get(id, user);
	}

	@PostMapping("/api/complaints/{id}/late-acceptance")
	@Operation(summary = "Tag en for sen klage under behandling med begrundelse")
	Complaint acceptLate(CurrentUser user, @PathVariable long id, @RequestBody LateComplaintReason reason) {
		return complaints.acceptLate(id, reason.reason(), user);
	}

	@PostMapping("/api/complaints/{id}/reconsideration")
	@Operation(summary = "Kommunens genvurdering (retssikkerhedsloven § 66): CHANGED eller UPHELD med bemærkninger")
	Complaint reconsider(CurrentUser user, @PathVariable long id, @RequestBody Reconsideration r) {
		return complaints.reconsider(id, r.result(), r.remarks(), r.reconsideredOn(), r.lateReason(), user);
	}

	@PostMapping("/api/complaints/{id}/forwarding")
	@Operation(summary = "Send en fastholdt afgørelse videre til Ankestyrelsen med bemærkninger og sagens akter")
	Complaint forward(CurrentUser user, @PathVariable long id) {
		return complaints.forward(id, user);
	}

	@PostMapping("/api/complaints/{id}/outcome")
	@Operation(summary = "Ankestyrelsens afgørelse: UPHELD, CHANGED, REMITTED eller ANNULLED")
	Complaint outcome(CurrentUser user, @PathVariable long id, @RequestBody Outcome o) {
		return complaints.outcome(id, o.outcome(), o.decidedOn(), o.learningPoints(), user);
	}

	@GetMapping("/api/complaints/statistics")
	@Operation(summary = "Omgørelsesprocent pr. enhed, hjemmel og år")
	List<AppealStatistics.AppealStatisticsLine> complaintStatistics(CurrentUser user) {
		return statistics.complaints(user);
	}

	@PostMapping("/api/referrals")
	@Operation(summary = "En sag sendt til Ankestyrelsen til gennemgang, eller taget op af Ankestyrelsen af egen drift")
	ResponseEntity<Referrals.Referral> refer(CurrentUser user, @RequestBody NewReferral r) {
		return ResponseEntity.status(201).body(referrals.refer(r.caseNumber(), r.kind(), r.reason(), r.answerDue(), user));
	}

	@GetMapping("/api/referrals")
	@Operation(summary = "Sager sendt til Ankestyrelsen eller taget op af egen drift, nyeste først")
	List<Referrals.Referral> referrals(CurrentUser user) {
		return referrals.list(user);
	}

	@PostMapping("/api/referrals/from-round/{roundId}")
	@Operation(summary = "Send et tilsyns udpegede sager, der er valgt til Ankestyrelsen, hver med sagens akter")
	ResponseEntity<List<Referrals.Referral>> referChosen(CurrentUser user, @PathVariable long roundId, @RequestBody(required = false) FromRound r) {
		return ResponseEntity.status(201).body(referrals.referChosen(roundId, r == null ? null : r.answerDue(), user));
	}

	@PostMapping("/api/referrals/{id}/outcome")
	@Operation(summary = "Ankestyrelsens udfald og læringspunkter, evt. knyttet til en generel problemstilling fra et tilsyn")
	Referrals.Referral referralOutcome(CurrentUser user, @PathVariable long id, @RequestBody Outcome o) {
		return referrals.outcome(id, o.outcome(), o.decidedOn(), o.learningPoints(), o.supervisionFindingId(), user);
	}

	@GetMapping("/api/referrals/statistics")
	@Operation(summary = "Udfald af sager hos Ankestyrelsen pr. enhed og år")
	List<AppealStatistics.AppealStatisticsLine> referralStatistics(CurrentUser user) {
		return statistics.referrals(user);
	}
}
