package dk.sagsvagt.migration.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.cases.CaseType;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.HistoricCase;
import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.deadlines.DeadlineChanges;
import dk.sagsvagt.decisions.DecisionImport;
import dk.sagsvagt.decisions.HistoricDecision;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.HistoricDocument;
import dk.sagsvagt.journal.JournalImport;
import dk.sagsvagt.journal.UploadedFile;
import dk.sagsvagt.migration.MigratedCase;
import dk.sagsvagt.migration.MigrationFiles;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.stereotype.Component;

/**
 * Takes one case over, in the caller's transaction: its parties found or registered by CPR number (asking CPR as
 * registering a case does), the case with its own number, its documents with their files, the deadline events in the
 * order they happened, its decisions as sent, and, for a closed case, what the earlier system left open ended; then
 * the access log records who put whose case here. A refusal names the field at fault.
 */
@Component
public class CaseTakeover {

	static final String CLOSED_OPEN = "Sagen blev lukket i det tidligere sagssystem, uden at fristen var registreret som opfyldt.";

	private final Cases cases;

	private final CaseImport caseImport;

	private final Citizens citizens;

	private final JournalImport journal;

	private final CaseDeadlines deadlines;

	private final DeadlineChanges changes;

	private final DecisionImport decisions;

	private final AccessPolicy access;

	private final Organisation organisation;

	CaseTakeover(Cases cases, CaseImport caseImport, Citizens citizens, JournalImport journal, CaseDeadlines deadlines,
			DeadlineChanges changes, DecisionImport decisions, AccessPolicy access, Organisation organisation) {
		this.cases = cases;
		this.caseImport = caseImport;
		this.citizens = citizens;
		this.journal = journal;
		this.deadlines = deadlines;
		this.changes = changes;
		this.decisions = decisions;
		this.access = access;
		this.organisation = organisation;
	}

	/** The staff and units of one run, looked up once. */
	public Run run(CurrentUser importer, MigrationFiles files, String source) {
		Map<String, CaseType> types = cases.caseTypes().stream().collect(Collectors.toMap(CaseType::code, t -> t));
		return new Run(importer, files, source, types, new People(organisation));
	}

	/** The case taken over: its id and number. */
	public record TakenOver(long caseId, String caseNumber) {
	}

	/** One migration run's settings and lookups. */
	public final class Run {

		private final CurrentUser importer;

		private final MigrationFiles files;

		private final String source;

		private final Map<String, CaseType> types;

		private final People people;

		Run(CurrentUser importer, MigrationFiles files, String source, Map<String, CaseType> types, People people) {
			this.importer = importer;
			this.files = files;
			this.source = source;
			this.types = types;
			this.people = people;
		}

		/** Takes the case over; the caller has checked it is not here yet and holds the transaction. */
		public TakenOver takeOver(MigratedCase c) {
			CaseType type = types.get(c.caseType());
			if (type == null) {
				throw new InvalidInputException("caseType", "Sagstypen '" + c.caseType() + "' findes ikke i kataloget.");
			}
			long unit = people.unit(c.unit(), "unit");
			Staff caseworker = people.staff(c.caseworker(), "caseworker");
			String actor = people.actor(c.registeredBy(), "registeredBy", importer.username());
			Map<Cpr, TakenParty> parties = parties(c.parties());
			TakenParty primary = parties.values().stream().filter(p -> p.role() == PartyRole.PRIMARY).findFirst().orElseThrow();
			List<HistoricCase.OtherParty> others = parties.values().stream()
				.filter(p -> p.role() != PartyRole.PRIMARY)
				.map(p -> new HistoricCase.OtherParty(p.citizen().id(), p.role()))
				.toList();
			CaseImport.Registered r = caseImport.registerAll(List.of(new HistoricCase(c.caseNumber(), type.code(), c.kle(), c.kleFacet(),
					c.title(), primary.citizen().id(), unit, caseworker == null ? null : caseworker.id(), instant(c.openedAt()),
					instant(c.closedAt()), others, actor))).get(0);
			Long caseworkerId = caseworker == null ? null : caseworker.id();
			Map<String, String> numbers = documents(r, c.documents());
			List<HistoricDecision> sent = MigratedDecisions.asSent(r, type, unit, caseworkerId, primary, parties, numbers, c.decisions(),
					(login, field) -> people.actor(login, field, importer.username()));
			timeline(r, type, unit, caseworkerId, c.deadlineEvents(), sent, actor);
			if (c.closedAt() != null) {
				changes.endOnHistoricClose(Map.of(r.id(), c.closedAt().toInstant()), CLOSED_OPEN, actor);
			}
			List<Long> citizenIds = parties.values().stream().map(p -> p.citizen().id()).toList();
			access.logMigrated(importer, r.id(), r.caseNumber(), citizenIds, "overtaget fra " + source);
			return new TakenOver(r.id(), r.caseNumber());
		}

		private Map<Cpr, TakenParty> parties(List<MigratedCase.Party> given) {
			Map<Cpr, TakenParty> parties = new LinkedHashMap<>();
			for (int i = 0; i < given.size(); i++) {
				MigratedCase.Party p = given.get(i);
				String at = "parties[" + i + "].";
				Cpr cpr = Cpr.parse(p.cpr(), at + "cpr");
				PartyRole role = code(PartyRole.class, p.role(), at + "role", "partens rolle");
				if (parties.containsKey(cpr)) {
					throw new InvalidInputException(at + "cpr", "Den samme person står to gange blandt sagens parter.");
				}
				if (role == PartyRole.PRIMARY && parties.values().stream().anyMatch(q -> q.role() == PartyRole.PRIMARY)) {
					throw new InvalidInputException(at + "role", "En sag har netop én hovedperson (PRIMARY).");
				}
				Citizen citizen = citizens.findOrRegisterNamed(cpr, p.name(), at + "name");
				parties.put(cpr, new TakenParty(citizen, role));
			}
			if (parties.values().stream().noneMatch(p -> p.role() == PartyRole.PRIMARY)) {
				throw new InvalidInputException("parties", "En sag har netop én hovedperson (PRIMARY).");
			}
			return parties;
		}

		/** Journals the documents; returns each reference's document number. */
		private Map<String, String> documents(CaseImport.Registered r, List<MigratedCase.Document> given) {
			List<HistoricDocument> documents = new ArrayList<>(given.size());
			for (int i = 0; i < given.size(); i++) {
				MigratedCase.Document d = given.get(i);
				String at = "documents[" + i + "].";
				Staff by = people.staff(d.journaledBy(), at + "journaledBy");
				String author = d.author() != null ? d.author() : by != null ? by.fullName() : importer.fullName();
				documents.add(new HistoricDocument(r.id(), r.caseNumber(), d.title(),
						code(Direction.class, d.direction(), at + "direction", "dokumentets retning"),
						code(DocumentKind.class, d.kind(), at + "kind", "dokumentets art"), d.documentDate(), author, d.text(),
						instant(d.journaledAt()), by == null ? importer.username() : by.username(), file(d.file(), at + "file")));
			}
			List<String> numbers = journal.journalAll(documents);
			Map<String, String> byRef = new HashMap<>();
			for (int i = 0; i < given.size(); i++) {
				String ref = given.get(i).ref();
				if (ref != null && byRef.put(ref, numbers.get(i)) != null) {
					throw new InvalidInputException("documents[" + i + "].ref", "Referencen '" + ref + "' bruges af to dokumenter.");
				}
			}
			return byRef;
		}

		private UploadedFile file(MigratedCase.File f, String at) {
			if (f == null) {
				return null;
			}
			if ((f.content() == null) == (f.path() == null)) {
				throw new InvalidInputException(at, "En fil har enten content (base64) eller path, ikke begge eller ingen.");
			}
			if (f.content() != null && (f.name() == null || f.name().isBlank())) {
				throw new InvalidInputException(at + ".name", "En fil givet som content skal have et navn.");
			}
			String name = f.name() == null ? null : UploadedFile.safeName(f.name());
			return f.content() != null ? MigrationFiles.inline(f.content(), name, f.contentType(), at + ".content")
					: files.open(f.path(), name, f.contentType(), at + ".path");
		}

		/**
		 * Records the deadline events and sends the decisions in the order they happened, so an event finds the deadline
		 * it meets, also one a decision started (a child's plan after a decision).
		 */
		private void timeline(CaseImport.Registered r, CaseType type, long unit, Long caseworker, List<MigratedCase.DeadlineEvent> given,
				List<HistoricDecision> sent, String actor) {
			record Step(Instant at, int event, int decision) {
			}
			List<Step> steps = new ArrayList<>();
			for (int i = 0; i < given.size(); i++) {
				if (given.get(i).occurredAt() == null) {
					throw new InvalidInputException("deadlineEvents[" + i + "].occurredAt", "Angiv, hvornår hændelsen skete.");
				}
				steps.add(new Step(given.get(i).occurredAt().toInstant(), i, -1));
			}
			for (int j = 0; j < sent.size(); j++) {
				steps.add(new Step(sent.get(j).sentAt(), -1, j));
			}
			// events first at the same moment; otherwise as they happened
			steps.sort(Comparator.comparing(Step::at).thenComparing(step -> step.event() < 0));
			for (Step step : steps) {
				if (step.event() >= 0) {
					MigratedCase.DeadlineEvent e = given.get(step.event());
					try {
						deadlines.recordHistoric(r.id(), r.caseNumber(), type.code(), unit, caseworker, e.event(), step.at(), e.variant(), actor);
					}
					catch (InvalidInputException ex) {
						throw new InvalidInputException("deadlineEvents[" + step.event() + "]." + ex.field(), ex.getMessage());
					}
				}
				else {
					try {
						decisions.importSent(List.of(sent.get(step.decision())));
					}
					catch (InvalidInputException ex) {
						throw new InvalidInputException(ex.field().replaceFirst("^decisions\\[0\\]", "decisions[" + step.decision() + "]"),
								ex.getMessage());
					}
				}
			}
		}
	}

	static Instant instant(OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	/** One of the enum's codes, or a refusal listing them. */
	static <E extends Enum<E>> E code(Class<E> type, String value, String field, String what) {
		String given = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants())
			.filter(e -> e.name().equals(given))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException(field, "Ukendt kode for " + what + ": '" + value + "'. Brug en af "
					+ Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + "."));
	}
}
