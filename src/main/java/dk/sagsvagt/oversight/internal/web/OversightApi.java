package dk.sagsvagt.oversight.internal.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.oversight.Disclosure;
import dk.sagsvagt.oversight.internal.Disclosures;
import dk.sagsvagt.oversight.InformationRequest;
import dk.sagsvagt.oversight.InformationRequests;
import dk.sagsvagt.oversight.internal.OversightBodies;
import dk.sagsvagt.oversight.internal.OwnInitiativeDisclosures;
import dk.sagsvagt.oversight.NewRequest;
import dk.sagsvagt.oversight.RequestAnswers;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Tilsynsmyndigheder")
class OversightApi {

	/**
	 * Answers an item: documents, a whole case, a concluded round's outputs, a written answer (10 to 20.000 characters,
	 * journaled as a note of the request's case), or the reason it cannot be answered.
	 */
	record ItemAnswer(List<String> documents, String caseNumber, Long roundOutputs, String cannotAnswerReason, String writtenAnswer) {
	}

	/** Documents sent to a body on the administration's own initiative; the approver is the leader who sends. */
	record NewDisclosure(String body, List<String> documentNumbers, String reason, String approvedBy) {
	}

	private final InformationRequests requests;

	private final RequestAnswers answers;

	private final Disclosures disclosures;

	record NewBody(String code, String name) {
	}

	private final AccessPolicy access;

	private final OversightBodies bodies;

	private final OwnInitiativeDisclosures ownInitiative;

	OversightApi(OwnInitiativeDisclosures ownInitiative, InformationRequests requests, RequestAnswers answers, Disclosures disclosures, AccessPolicy access, OversightBodies bodies) {
		this.ownInitiative = ownInitiative;
		this.bodies = bodies;
		this.requests = requests;
		this.answers = answers;
		this.disclosures = disclosures;
		this.access = access;
	}

	@GetMapping("/api/oversight/bodies")
	@Operation(summary = "Tilsynsmyndigheder og andre eksterne myndigheder, som forvaltningen svarer")
	List<OversightBodies.Body> bodies() {
		return bodies.all();
	}

	@PostMapping("/api/oversight/bodies")
	@Operation(summary = "Tilføj en myndighed (administratorer); koden dannes af navnet, hvis den ikke angives")
	ResponseEntity<OversightBodies.Body> addBody(CurrentUser user, @RequestBody NewBody b) {
		return ResponseEntity.status(201).body(bodies.add(b.code(), b.name(), user));
	}

	@PostMapping("/api/oversight/requests")
	@Operation(summary = "Registrér en anmodning fra en tilsynsmyndighed, opdelt i delpunkter (evt. ét pr. udpeget sag i et tilsyn)")
	ResponseEntity<InformationRequest> register(CurrentUser user, @RequestBody NewRequest request) {
		return ResponseEntity.status(201).body(requests.register(request, user));
	}

	@GetMapping("/api/oversight/requests")
	@Operation(summary = "Anmodningerne (eksterne brugere ser kun deres egen myndigheds)")
	List<InformationRequest> list(CurrentUser user) {
		return requests.list(user);
	}

	@GetMapping("/api/oversight/requests/{id}")
	@Operation(summary = "En anmodning med delpunkter")
	InformationRequest get(CurrentUser user, @PathVariable long id) {
		return requests.get(id, user);
	}

	@PostMapping("/api/oversight/requests/{id}/items/{itemId}/answer")
	@Operation(summary = "Besvar et delpunkt med dokumenter, en hel sag, et tilsyns regneark og resultatnotat, et skriftligt svar eller en begrundelse")
	InformationRequest answerItem(CurrentUser user, @PathVariable long id, @PathVariable long itemId, @RequestBody ItemAnswer answer) {
		return requests.answerItem(id, itemId, new InformationRequests.ItemAnswer(answer.documents(), answer.caseNumber(),
				answer.roundOutputs(), answer.cannotAnswerReason(), answer.writtenAnswer()), user);
	}

	@PostMapping("/api/oversight/requests/{id}/sign-off")
	@Operation(summary = "En leders godkendelse af svaret (409 med openItems, hvis et delpunkt er åbent)")
	InformationRequest signOff(CurrentUser user, @PathVariable long id) {
		return requests.signOff(id, user);
	}

	@PostMapping("/api/oversight/requests/{id}/answer")
	@Operation(summary = "Send svaret: 409 med openItems, hvis et delpunkt er åbent; ellers følgebrev og samlet materiale (ZIP) journaliseres og udleveringer logges")
	InformationRequest answer(CurrentUser user, @PathVariable long id, @RequestBody(required = false) OversightAnswerSent body) {
		return body == null ? answers.answer(id, user)
				: answers.answer(id, body.answeredOn(), body.lateReason(), user);
	}

	/**
	 * When the answer was sent (today when not given; an earlier day for an answer sent outside the system) and, when
	 * that is more than 2 working days ago, why it is registered only now.
	 */
	record OversightAnswerSent(java.time.LocalDate answeredOn, String lateReason) {
	}

	@GetMapping("/api/oversight/statistics")
	@Operation(summary = "Pr. myndighed og år: anmodninger, rykkere, anmodninger der krævede en ny runde, dage til fuldt svar")
	List<Disclosures.RequestStatisticsLine> statistics(CurrentUser user) {
		return disclosures.statistics(user);
	}

	@PostMapping("/api/oversight/disclosures")
	@Operation(summary = "Udlevering til en myndighed på forvaltningens eget initiativ: en leder godkender og sender; følgebrevet journaliseres i en sag for sig")
	ResponseEntity<OwnInitiativeDisclosures.OwnInitiativeDisclosure> disclose(CurrentUser user, @RequestBody NewDisclosure d) {
		return ResponseEntity.status(201).body(ownInitiative.disclose(d.body(), d.documentNumbers(), d.reason(), d.approvedBy(),
				user));
	}

	@GetMapping({ "/api/disclosures", "/api/oversight/disclosures" })
	@Operation(summary = "Udleveringsloggen: dokument, version, myndighed, anmodning (eller begrundelse ved udlevering på eget initiativ), dato og godkender")
	List<Disclosure> disclosures(CurrentUser user, @RequestParam(required = false) String body,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return disclosures.list(body, from, to, user);
	}
}
