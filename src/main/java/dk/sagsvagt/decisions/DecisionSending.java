package dk.sagsvagt.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.decisions.internal.DecisionDispatches;
import dk.sagsvagt.decisions.internal.DecisionLetter;
import dk.sagsvagt.decisions.internal.DecisionStore;
import dk.sagsvagt.decisions.internal.Delivery;
import dk.sagsvagt.decisions.internal.GateEvaluator;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a decision once every gate is met, exempted or turned into a deadline: journals the letter as an outgoing
 * document, freezes the decision with its gate states, and starts the deadlines sending triggers (the citizen's
 * complaint period from receipt, the child's plan where the law allows it after the decision, the first follow-up
 * on a child's measure) and meets the processing-time limit. All in one transaction.
 */
@Service
public class DecisionSending {

	private final Decisions decisions;

	private final DecisionStore store;

	private final DecisionCatalogue catalogue;

	private final DecisionLetter letter;

	private final GateEvaluator evaluator;

	private final Cases cases;

	private final Journal journal;

	private final CaseDeadlines deadlines;

	private final Delivery delivery;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final DecisionDispatches dispatches;

	private final DigitalPostMode digitalPost;

	private final DigitalPostReach reach;

	DecisionSending(Decisions decisions, DecisionStore store, DecisionCatalogue catalogue, DecisionLetter letter, GateEvaluator evaluator, Cases cases,
			Journal journal, CaseDeadlines deadlines, Delivery delivery, TransactionTemplate transaction,
			ApplicationEventPublisher events, Clock clock, DecisionDispatches dispatches, DigitalPostMode digitalPost,
			DigitalPostReach reach) {
		this.reach = reach;
		this.dispatches = dispatches;
		this.digitalPost = digitalPost;
		this.decisions = decisions;
		this.store = store;
		this.catalogue = catalogue;
		this.letter = letter;
		this.evaluator = evaluator;
		this.cases = cases;
		this.journal = journal;
		this.deadlines = deadlines;
		this.delivery = delivery;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
	}

	/** The letter as it would be sent today, for the caseworker to read first; the gates must be passable. */
	public byte[] preview(long id, DeliveryChannel channel, CurrentUser user) {
		DecisionStore.Row row = decisions.row(id);
		CaseFile caseFile = cases.open(row.caseNumber(), user, Action.VIEW_CASE);
		LocalDate today = today();
		List<Gate> gates = passable(row, caseFile, today);
		return letter.render(content(row, caseFile, today, gates, channel == null ? DeliveryChannel.DIGITAL_POST : channel, user));
	}

	/** Sends the decision, or answers with the open gates ({@link GatesOpenException}). */
	public Decision send(long id, DeliveryChannel channel, CurrentUser user) {
		requireChannel(channel);
		DecisionStore.Row draft = decisions.row(id);
		CaseFile caseFile = cases.open(draft.caseNumber(), user, Action.EDIT_CASE);
		Instant now = Instant.now(clock);
		LocalDate today = now.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
		requireReachable(draft, caseFile, channel);
		return transaction.execute(status -> {
			DecisionStore.Row row = store.lock(id);
			Decisions.requireDraft(row);
			List<Gate> gates = passable(row, caseFile, today);
			requireRecipients(row);
			DecisionLetter.Content preview = content(row, caseFile, today, gates, channel, user);
			Document document = journal.journalGenerated(caseFile.caseNumber(),
					new NewDocument("Afgørelse: " + row.content().measure(), Direction.OUTGOING, DocumentKind.DECISION, today, null),
					"afgoerelse.pdf", "application/pdf",
					number -> letter.render(preview.numbered(number)),
					user);
			Map<String, LocalDate> gateVersions = catalogue.gateRules(today)
				.stream()
				.collect(Collectors.toMap(GateRule::code, GateRule::effectiveFrom));
			gates.forEach(g -> store.saveGateState(id, g, gateVersions.get(g.code())));
			// a posted letter counts as received after the configured days; Digital Post when its receipt says so
			boolean posted = channel == DeliveryChannel.LETTER_POST;
			store.markSent(id, preview.basis().effectiveFrom(), today, now, user.username(), channel,
					posted ? preview.receivedOn() : null, posted ? preview.complaintDeadline() : null, document.documentNumber());
			if (!posted) {
				dispatches.create(id, row.content().notifiedCitizenIds(), digitalPost, now);
			}
			startDeadlines(row, caseFile, preview.basis(), gates, now, today, posted ? preview.receivedOn() : null, user);
			cases.recordEvent(caseFile.id(), now, "DECISION_SENT", "Afgørelse sendt (" + channelName(channel) + "): "
					+ row.content().measure() + " – dokument " + document.documentNumber(), user.username());
			events.publishEvent(new DecisionSent(id, caseFile.id(), caseFile.caseNumber(), caseFile.kle(),
					"Afgørelse: " + row.content().measure(), document.documentNumber(), channel,
					now, row.content().notifiedCitizenIds()));
			return decisions.view(store.find(id).orElseThrow(), caseFile);
		});
	}

	/**
	 * To how many parties the decision would go, checked as {@link #send} checks it (channel, right to edit, draft,
	 * gates, recipients), for the page that asks before sending.
	 */
	public int recipientsIfSent(long id, DeliveryChannel channel, CurrentUser user) {
		requireChannel(channel);
		DecisionStore.Row row = decisions.row(id);
		CaseFile caseFile = cases.open(row.caseNumber(), user, Action.EDIT_CASE);
		Decisions.requireDraft(row);
		passable(row, caseFile, today());
		int recipients = requireRecipients(row).size();
		requireReachable(row, caseFile, channel);
		return recipients;
	}

	/**
	 * By Digital Post only to recipients the registration check finds registered: one who is not (or is exempt)
	 * must have the letter by post, and sending is refused with their name. When the check cannot be made, the
	 * service decides on hand-over.
	 */
	private void requireReachable(DecisionStore.Row row, CaseFile caseFile, DeliveryChannel channel) {
		if (channel != DeliveryChannel.DIGITAL_POST) {
			return;
		}
		List<String> unreachable = reach.unreachable(caseFile, row.content().notifiedCitizenIds());
		if (!unreachable.isEmpty()) {
			throw new InvalidInputException("channel", String.join(" og ", unreachable) + " er"
					+ " ikke tilmeldt Digital Post (eller er fritaget). Send afgørelsen med brev med posten.");
		}
	}

	private static void requireChannel(DeliveryChannel channel) {
		if (channel == null) {
			throw new InvalidInputException("channel", "Vælg hvordan afgørelsen sendes (Digital Post eller brev).");
		}
	}

	private static List<Long> requireRecipients(DecisionStore.Row row) {
		List<Long> recipients = row.content().notifiedCitizenIds();
		if (recipients.isEmpty()) {
			throw new InvalidInputException("notifiedCitizenIds", "Vælg mindst én part, som afgørelsen skal sendes til.");
		}
		return recipients;
	}

	private List<Gate> passable(DecisionStore.Row row, CaseFile caseFile, LocalDate today) {
		List<Gate> gates = decisions.evaluate(row, caseFile, today);
		List<Gate> open = gates.stream().filter(Gate::blocks).toList();
		if (!open.isEmpty()) {
			throw new GatesOpenException(open);
		}
		return gates;
	}

	private void startDeadlines(DecisionStore.Row row, CaseFile caseFile, LegalBasis basis, List<Gate> gates, Instant now,
			LocalDate today, LocalDate receivedOn, CurrentUser user) {
		String actor = user.username();
		deadlines.recordEstablished(caseFile, "DECISION_SENT", now, null, actor);
		boolean planLater = gates.stream().anyMatch(g -> g.code().equals("CHILD_PLAN") && g.state() == GateState.DEADLINE);
		if (planLater) {
			// Barnets lov § 91 / Serviceloven § 140: the plan may follow the decision within the rule's months
			String variant = evaluator.planRule(basis, Boolean.TRUE.equals(row.content().urgent()), today).variant();
			deadlines.recordEstablished(caseFile, "DECISION_MADE", now, variant, actor);
		}
		if (receivedOn != null) {
			deadlines.recordEstablished(caseFile, "DECISION_RECEIVED", delivery.at(receivedOn, now), null, actor);
		}
		if (basis.children() && row.content().type() == DecisionType.GRANT) {
			LocalDate start = row.content().effectiveDate() == null ? today : row.content().effectiveDate();
			deadlines.recordEstablished(caseFile, "MEASURE_STARTED", delivery.at(start, now), "FIRST", actor);
		}
	}

	private DecisionLetter.Content content(DecisionStore.Row row, CaseFile caseFile, LocalDate today,
			List<Gate> gates, DeliveryChannel channel, CurrentUser user) {
		LegalBasis basis = catalogue.legalBasis(row.content().legalBasis(), today).orElseThrow();
		// sent by hand from the municipality's own Digital Post solution, the day of receipt is not known yet
		LocalDate received = channel == DeliveryChannel.DIGITAL_POST && !digitalPost.handsOver() ? null
				: delivery.receivedOn(channel, today);
		Map<Long, String> names = cases.parties(caseFile)
			.stream()
			.map(p -> p.citizen())
			.distinct()
			.collect(Collectors.toMap(Citizen::id, Citizen::name, (a, b) -> a));
		List<String> recipients = row.content().notifiedCitizenIds().stream().map(names::get).toList();
		return new DecisionLetter.Content(caseFile.caseNumber(), null, today, recipients, row.content(), basis, gates,
				received, received == null ? null : delivery.complaintDeadline(received), user.username());
	}

	private String channelName(DeliveryChannel channel) {
		return channel == DeliveryChannel.LETTER_POST ? "brev med posten"
				: digitalPost.handsOver() ? "Digital Post" : "Digital Post, skal sendes manuelt";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
	}
}
