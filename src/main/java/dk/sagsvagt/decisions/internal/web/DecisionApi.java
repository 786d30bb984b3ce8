package dk.sagsvagt.decisions.internal.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.shared.Downloads;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.decisions.Decision;
import dk.sagsvagt.decisions.DecisionCatalogue;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DecisionSending;
import dk.sagsvagt.decisions.Decisions;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.decisions.GateRule;
import dk.sagsvagt.decisions.LegalBasis;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Afgørelser")
class DecisionApi {

	record ExemptionRequest(String gate, String reason) {
	}

	/** When a letter sent by hand from the municipality's Digital Post solution was sent and received. */
	record ManualSending(java.time.LocalDate sentOn, java.time.LocalDate receivedOn, String lateReason) {
	}

	record SendRequest(DeliveryChannel channel) {
	}

	private final Decisions decisions;

	private final DecisionSending sending;

	private final DecisionCatalogue catalogue;

	private final Cases cases;

	private final AccessPolicy access;

	private final dk.sagsvagt.decisions.internal.DecisionDispatches dispatches;

	DecisionApi(Decisions decisions, DecisionSending sending, DecisionCatalogue catalogue, Cases cases, AccessPolicy access,
			dk.sagsvagt.decisions.internal.DecisionDispatches dispatches) {
		this.dispatches = dispatches;
		this.decisions = decisions;
		this.sending = sending;
		this.catalogue = catalogue;
		this.cases = cases;
		this.access = access;
	}

	@PostMapping("/api/cases/{caseNumber}/decisions")
	@Operation(summary = "Opret et udkast til afgørelse; svaret viser kravene (gates), og hvad der mangler")
	ResponseEntity<Decision> create(CurrentUser user, @PathVariable String caseNumber, @RequestBody DecisionDraft draft) {
		return ResponseEntity.status(201).body(decisions.create(caseNumber, draft, user));
	}

	@GetMapping("/api/cases/{caseNumber}/decisions")
	@Operation(summary = "Sagens afgørelser med hvert kravs status og undtagelser (udkast: i dag; sendte: da de blev sendt)")
	List<Decision> ofCase(CurrentUser user, @PathVariable String caseNumber) {
		return decisions.ofCase(cases.open(caseNumber, user));
	}

	@GetMapping("/api/decisions/{id}")
	@Operation(summary = "En afgørelse med kravenes status")
	Decision get(CurrentUser user, @PathVariable long id) {
		return decisions.get(id, user);
	}

	@PutMapping("/api/decisions/{id}")
	@Operation(summary = "Erstat indholdet af et udkast")
	Decision update(CurrentUser user, @PathVariable long id, @RequestBody DecisionDraft draft) {
		return decisions.update(id, draft, user);
	}

	@PostMapping("/api/decisions/{id}/exemptions")
	@Operation(summary = "Registrér en undtagelse fra et krav med begrundelse (fx forvaltningsloven § 19, stk. 2)")
	Decision exempt(CurrentUser user, @PathVariable long id, @RequestBody ExemptionRequest request) {
		return decisions.exempt(id, request.gate(), request.reason(), user);
	}

	@PostMapping("/api/decisions/{id}/send")
	@Operation(summary = "Send afgørelsen: 409 med de åbne krav (openGates), ellers journaliseres brevet, og fristerne starter")
	Decision send(CurrentUser user, @PathVariable long id, @RequestBody SendRequest request) {
		return sending.send(id, request.channel(), user);
	}

	@PostMapping("/api/decisions/{id}/manual-sending")
	@Operation(summary = "Manuel Digital Post: registrér hvornår brevet blev sendt og modtaget (sentOn, receivedOn, lateReason); klagefristen starter fra modtagelsen")
	Decision registerManual(CurrentUser user, @PathVariable long id, @RequestBody ManualSending request) {
		dispatches.registerManual(id, request.sentOn(), request.receivedOn(), request.lateReason(), user);
		return decisions.get(id, user);
	}

	@GetMapping("/api/decisions/{id}/letter")
	@Operation(summary = "Afgørelsesbrevet som det vil blive sendt i dag (PDF); kræver at alle krav kan opfyldes")
	ResponseEntity<byte[]> letter(CurrentUser user, @PathVariable long id, @RequestParam(required = false) DeliveryChannel channel) {
		return Downloads.pdf("afgoerelse-udkast.pdf", sending.preview(id, channel, user));
	}

	@GetMapping("/api/legal-bases")
	@Operation(summary = "Kataloget over hjemler med versioner")
	List<LegalBasis> legalBases() {
		return catalogue.legalBases();
	}

	@GetMapping("/api/decision-gates")
	@Operation(summary = "Kataloget over lovkrav (gates) med versioner")
	List<GateRule> gates() {
		return catalogue.gateRules();
	}
}
