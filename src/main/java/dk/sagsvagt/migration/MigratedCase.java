package dk.sagsvagt.migration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.decisions.DecisionDraft;

/**
 * One case of a migration file (docs/migration.md), as the earlier system held it. Codes (case type, party role,
 * direction, kind, channel, deadline event) are Sagsvagt's; people are named by CPR number, staff by their login here.
 *
 * @param caseNumber the earlier system's number, kept (2017-0400505)
 * @param kle the KLE number it was filed under, kept even where the plan has retired it; null for its type's
 * @param unit the name of the unit that has it
 * @param caseworker the login of its caseworker here, or null when no one has it
 * @param registeredBy the login recorded as having opened (and closed) it, or null for the importer
 */
public record MigratedCase(String caseNumber, String caseType, String kle, String kleFacet, String title, String unit,
		String caseworker, OffsetDateTime openedAt, OffsetDateTime closedAt, String registeredBy, List<Party> parties,
		List<Document> documents, List<DeadlineEvent> deadlineEvents, List<Decision> decisions) {

	public MigratedCase {
		parties = parties == null ? List.of() : parties;
		documents = documents == null ? List.of() : documents;
		deadlineEvents = deadlineEvents == null ? List.of() : deadlineEvents;
		decisions = decisions == null ? List.of() : decisions;
	}

	/** A person in the case; exactly one is PRIMARY. {@code name} is used only when CPR cannot be asked. */
	public record Party(String cpr, String name, String role) {
	}

	/**
	 * A journaled document: a text, a file, or both. {@code ref} is the earlier system's reference, by which a
	 * decision names its letter and plan; {@code journaledBy} is a login here, or null for the importer.
	 */
	public record Document(String ref, String title, String direction, String kind, LocalDate documentDate, String author,
			String text, OffsetDateTime journaledAt, String journaledBy, File file) {
	}

	/**
	 * A document's file: its content inline ({@code content}, base64) or a path inside the package ({@code path},
	 * relative to the migration file's folder or the ZIP's root).
	 */
	public record File(String name, String contentType, String content, String path) {
	}

	/** An event in the deadline catalogue's words (NOTIFICATION_RECEIVED …) and when it happened. */
	public record DeadlineEvent(String event, OffsetDateTime occurredAt, String variant) {
	}

	/**
	 * A decision already sent. {@code letter} and {@code childPlan} are references of the case's documents;
	 * {@code recipients} are CPR numbers of the case's parties (null for the primary party, custodial parents and
	 * representatives); {@code receivedOn} is the day the earlier system knew it was received, or null for the day
	 * the channel's rule assumes; {@code content.notifiedCitizenIds} and {@code content.childPlanDocument} are set
	 * from those.
	 */
	public record Decision(OffsetDateTime sentAt, String channel, LocalDate receivedOn, String letter, String childPlan,
			String sentBy, List<String> recipients, Map<String, String> exemptions, DecisionDraft content) {

		public Decision {
			exemptions = exemptions == null ? Map.of() : exemptions;
		}
	}
}
