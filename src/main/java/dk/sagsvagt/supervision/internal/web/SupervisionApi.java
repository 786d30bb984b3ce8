package dk.sagsvagt.supervision.internal.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.shared.Downloads;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.supervision.Addendum;
import dk.sagsvagt.supervision.ChecklistRow;
import dk.sagsvagt.supervision.Flag;
import dk.sagsvagt.supervision.Question;
import dk.sagsvagt.supervision.RoundAddenda;
import dk.sagsvagt.supervision.Checklists;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.NewRound;
import dk.sagsvagt.supervision.QuestionResult;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.RoundConclusions;
import dk.sagsvagt.supervision.internal.RoundReviews;
import dk.sagsvagt.supervision.RoundReporting;
import dk.sagsvagt.supervision.SampledCase;
import dk.sagsvagt.supervision.SupervisionRounds;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ledelsestilsyn")
class SupervisionApi {

	record DrawRequest(String seed) {
	}

	record ExclusionRequest(String caseNumber, String reason) {
	}

	record AnswerRequest(String question, Integer level, String answer, String comment) {
	}

	record FlagRequest(String caseNumber, String reason, String owner, LocalDate due, Boolean proposeForAppealsBoard) {
	}

	record NoteRequest(String note) {
	}

	record ChoiceRequest(Boolean chosen, String note) {
	}

	record FindingRequest(String text, List<String> caseNumbers, List<String> questions) {
	}

	record AddendumRequest(String text, String caseNumber) {
	}

	/** A checklist template with its questions. */
	record TemplateView(String id, String name, String description, List<Question> questions) {
	}

	private final SupervisionRounds rounds;

	private final Checklists checklists;

	private final Flags flags;

	private final RoundConclusions conclusions;

	private final AccessPolicy access;

	private final RoundAddenda addenda;

	private final RoundReviews reviews;

	private final RoundReporting reporting;

	SupervisionApi(SupervisionRounds rounds, Checklists checklists, Flags flags, RoundConclusions conclusions, AccessPolicy access,
			RoundReviews reviews, RoundReporting reporting, RoundAddenda addenda) {
		this.addenda = addenda;
		this.reporting = reporting;
		this.reviews = reviews;
		this.rounds = rounds;
		this.checklists = checklists;
		this.flags = flags;
		this.conclusions = conclusions;
		this.access = access;
	}

	@PostMapping("/api/supervision/rounds")
	@Operation(summary = "Planlæg et tilsyn: population, stikprøvedesign, tjekliste og gennemgåere pr. niveau")
	ResponseEntity<Round> create(CurrentUser user, @RequestBody NewRound round) {
		return ResponseEntity.status(201).body(rounds.create(round, user));
	}

	@GetMapping("/api/supervision/rounds")
	@Operation(summary = "Alle tilsyn")
	List<Round> all(CurrentUser user) {
		return rounds.all(user);
	}

	/** A round with what each unit was sent and its acknowledgement (issue 17); the round's own fields as before. */
	record RoundWithUnits(@com.fasterxml.jackson.annotation.JsonUnwrapped Round round, List<RoundReporting.UnitReport> units) {
	}

	@GetMapping("/api/supervision/rounds/{id}")
	@Operation(summary = "Et tilsyn, med tilbagemeldingen pr. enhed: sendt, dokumentnummer, kvitteret og af hvem")
	RoundWithUnits get(CurrentUser user, @PathVariable long id) {
		Round round = rounds.get(id, user);
		return new RoundWithUnits(round, reporting.unitReports(round));
	}

	@PostMapping("/api/supervision/rounds/{id}/draw")
	@Operation(summary = "Træk stikprøven efter den dokumenterede regel; samme frø og population giver samme stikprøve")
	Round draw(CurrentUser user, @PathVariable long id, @RequestBody(required = false) DrawRequest request) {
		return rounds.draw(id, request == null ? null : request.seed(), user);
	}

	@GetMapping("/api/supervision/rounds/{id}/sample")
	@Operation(summary = "Stikprøven med strata, nøgler, udeladelser og erstatninger")
	List<SampledCase> sample(CurrentUser user, @PathVariable long id) {
		return rounds.sample(id, user);
	}

	@GetMapping("/api/supervision/rounds/{id}/population.csv")
	@Operation(summary = "Populationen, som stikprøven blev trukket fra (sagsnummer;stratum;sha256)",
			description = "En linje pr. sag i sagsnummerorden, linjeskift LF, UTF-8 uden BOM. For den, der læser hele tilsynet, er "
					+ "SHA-256 af filens bytes tilsynets populationSha256 (kontrollér med sha256sum); den, der kun gennemgår en del "
					+ "af tilsynet, får kun den dels linjer, og deres hash er en anden.")
	ResponseEntity<byte[]> population(CurrentUser user, @PathVariable long id) {
		return Downloads.attachment("population-" + id + ".csv", Downloads.CSV,
				rounds.populationCsv(id, user));
	}

	@PostMapping("/api/supervision/rounds/{id}/exclusions")
	@Operation(summary = "Udelad en sag med begrundelse; erstatningen trækkes efter samme regel")
	SampledCase exclude(CurrentUser user, @PathVariable long id, @RequestBody ExclusionRequest request) {
		return rounds.exclude(id, request.caseNumber(), request.reason(), user);
	}

	@GetMapping("/api/supervision/rounds/{id}/cases/{caseNumber}/checklist")
	@Operation(summary = "Tjeklisten for en sag i stikprøven med forudfyldte svar og svar pr. niveau")
	List<ChecklistRow> checklist(CurrentUser user, @PathVariable long id, @PathVariable String caseNumber) {
		return checklists.checklist(rounds.get(id, user), caseNumber, user);
	}

	@PostMapping("/api/supervision/rounds/{id}/cases/{caseNumber}/answers")
	@Operation(summary = "Besvar et spørgsmål på dit niveau (YES, NO, NOT_RELEVANT); ændring af et lavere svar kræver kommentar")
	List<ChecklistRow> answer(CurrentUser user, @PathVariable long id, @PathVariable String caseNumber, @RequestBody AnswerRequest request) {
		Round round = rounds.get(id, user);
		checklists.answer(round, caseNumber, request.question(), request.level() == null ? 0 : request.level(), request.answer(),
				request.comment(), user);
		return checklists.checklist(round, caseNumber, user);
	}

	@GetMapping("/api/supervision/templates")
	@Operation(summary = "Tjeklisteskabelonerne med deres spørgsmål, lovgrundlag og forudfyldning")
	List<TemplateView> templates(CurrentUser user) {
		access.require(user, dk.sagsvagt.access.Action.SUPERVISE, "tjeklisteskabeloner");
		return checklists.templates().stream().map(t -> new TemplateView(t.id(), t.name(), t.description(), checklists.questions(t.id())))
			.toList();
	}

	@GetMapping("/api/supervision/rounds/{id}/flags")
	@Operation(summary = "Tilsynets udpegede sager, som du må læse, med opfølgning og valg til Ankestyrelsen")
	List<Flag> flags(CurrentUser user, @PathVariable long id) {
		return flags.shownTo(rounds.get(id, user), user);
	}

	@PostMapping("/api/supervision/rounds/{id}/addenda")
	@Operation(summary = "Tillæg til et afsluttet tilsyn: journaliseres for sig, og regneark og resultatnotat journaliseres i ny udgave")
	ResponseEntity<Addendum> addAddendum(CurrentUser user, @PathVariable long id, @RequestBody AddendumRequest request) {
		return ResponseEntity.status(201).body(addenda.add(id, request.text(), request.caseNumber(), user));
	}

	@GetMapping("/api/supervision/rounds/{id}/addenda")
	@Operation(summary = "Tillæg til tilsynet")
	List<Addendum> addenda(CurrentUser user, @PathVariable long id) {
		return addenda.of(id, user);
	}

	@PostMapping("/api/supervision/rounds/{id}/flags")
	@Operation(summary = "Udpeg en sag til særlig opmærksomhed med ansvarlig og opfølgningsfrist")
	ResponseEntity<Void> flag(CurrentUser user, @PathVariable long id, @RequestBody FlagRequest request) {
		flags.flag(rounds.get(id, user), request.caseNumber(), request.reason(), request.owner(), request.due(),
				Boolean.TRUE.equals(request.proposeForAppealsBoard()), user);
		return ResponseEntity.status(201).build();
	}

	@PostMapping("/api/supervision/rounds/{id}/flags/{caseNumber}/follow-up")
	@Operation(summary = "Opfølgningsnotat for en udpeget sag")
	ResponseEntity<Void> followUp(CurrentUser user, @PathVariable long id, @PathVariable String caseNumber, @RequestBody NoteRequest request) {
		flags.followUp(id, caseNumber, request.note(), user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/supervision/rounds/{id}/flags/{caseNumber}/appeals-board")
	@Operation(summary = "Registrér om en udpeget sag sendes til Ankestyrelsen (niveau 4)")
	ResponseEntity<Void> appealsBoard(CurrentUser user, @PathVariable long id, @PathVariable String caseNumber, @RequestBody ChoiceRequest request) {
		flags.chooseForAppealsBoard(rounds.get(id, user), caseNumber, Boolean.TRUE.equals(request.chosen()), request.note(), user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/supervision/rounds/{id}/findings")
	@Operation(summary = "Registrér en generel problemstilling med de sager og spørgsmål, der underbygger den")
	ResponseEntity<Void> finding(CurrentUser user, @PathVariable long id, @RequestBody FindingRequest request) {
		conclusions.addFinding(id, request.text(), request.caseNumbers(), request.questions(), user);
		return ResponseEntity.status(201).build();
	}

	@GetMapping("/api/supervision/rounds/{id}/results")
	@Operation(summary = "Resultater pr. spørgsmål med 95 % Wilson-interval, pr. enhed og foranstaltning, og sammenligning med forrige runde")
	List<QuestionResult> results(CurrentUser user, @PathVariable long id) {
		return conclusions.results(id, user);
	}

	@GetMapping("/api/supervision/rounds/{id}/workbook.xlsx")
	@Operation(summary = "Regnearket: en række pr. sag, en kolonne pr. spørgsmål, resultat, udpegede sager og population")
	ResponseEntity<byte[]> workbook(CurrentUser user, @PathVariable long id) {
		return Downloads.attachment("tilsyn-" + id + ".xlsx", Downloads.XLSX, conclusions.workbook(id, user));
	}

	@GetMapping("/api/supervision/rounds/{id}/result-note.pdf")
	@Operation(summary = "Resultatnotatet (PDF): metode, resultater med intervaller, grafer, sammenligning, problemstillinger, udpegede sager")
	ResponseEntity<byte[]> resultNote(CurrentUser user, @PathVariable long id) {
		return Downloads.pdf("resultatnotat-" + id + ".pdf", conclusions.resultNote(id, user));
	}

	@GetMapping("/api/supervision/rounds/{id}/progress")
	@Operation(summary = "Gennemgangens fremdrift pr. sag og niveau og pr. gennemgår (gennemgået, i gang, ikke åbnet) og din næste sag")
	RoundReviews.Progress progress(CurrentUser user, @PathVariable long id) {
		return reviews.progress(id, user);
	}

	@PostMapping("/api/supervision/rounds/{id}/conclude")
	@Operation(summary = "Afslut tilsynet: regneark og resultatnotat journaliseres i tilsynets egen sag; 409 med listen over manglende gennemgang, så længe en sag mangler")
	Round conclude(CurrentUser user, @PathVariable long id) {
		return conclusions.conclude(id, user);
	}

	@PostMapping("/api/supervision/rounds/{id}/report")
	@Operation(summary = "Send resultaterne til hver enhed i stikprøven: en tilbagemelding pr. enhed journaliseres i tilsynets egen sag")
	Round report(CurrentUser user, @PathVariable long id) {
		return reporting.report(id, user);
	}

	@PostMapping("/api/supervision/rounds/{id}/acknowledgement")
	@Operation(summary = "Enhedens leder kvitterer for modtagelsen af resultaterne")
	ResponseEntity<Void> acknowledge(CurrentUser user, @PathVariable long id) {
		reporting.acknowledge(id, user);
		return ResponseEntity.noContent().build();
	}
}
