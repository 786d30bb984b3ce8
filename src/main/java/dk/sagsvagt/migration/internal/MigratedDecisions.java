package dk.sagsvagt.migration.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.cases.CaseType;
import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.decisions.HistoricDecision;
import dk.sagsvagt.migration.MigratedCase;
import dk.sagsvagt.shared.InvalidInputException;

/**
 * A migrated case's decisions as they were sent: their letters and plans named by the case's document numbers, their
 * recipients by the parties' citizens (as a decision written here when the file names none), checked field by field.
 */
final class MigratedDecisions {

	private MigratedDecisions() {
	}

	/**
	 * The decisions; {@code actor} gives the login recorded for a step from the login the file names (and the field
	 * that names it).
	 */
	static List<HistoricDecision> asSent(CaseImport.Registered r, CaseType type, long unit, Long caseworker, TakenParty primary,
			Map<Cpr, TakenParty> parties, Map<String, String> numbers, List<MigratedCase.Decision> given,
			BiFunction<String, String, String> actor) {
		if (given.isEmpty()) {
			return List.of();
		}
		if (!type.area().hasDecisions()) {
			throw new InvalidInputException("decisions", "Sagstypen '" + type.name() + "' har ingen afgørelser efter serviceloven eller barnets lov.");
		}
		List<HistoricDecision> out = new ArrayList<>(given.size());
		for (int i = 0; i < given.size(); i++) {
			MigratedCase.Decision d = given.get(i);
			String at = "decisions[" + i + "].";
			DecisionDraft c = d.content();
			if (d.sentAt() == null) {
				throw new InvalidInputException(at + "sentAt", "Angiv, hvornår afgørelsen blev sendt.");
			}
			if (c == null) {
				throw new InvalidInputException(at + "content", "Afgørelsens indhold (content) skal udfyldes.");
			}
			// as a decision written here: to the primary party, custodial parents and representatives unless told
			List<Long> recipients = d.recipients() != null ? recipients(d.recipients(), parties, at + "recipients")
					: parties.values().stream()
						.filter(p -> p.role() == PartyRole.PRIMARY || p.role() == PartyRole.CUSTODIAL_PARENT || p.role() == PartyRole.REPRESENTATIVE)
						.map(p -> p.citizen().id())
						.toList();
			String plan = d.childPlan() == null ? null : reference(numbers, d.childPlan(), at + "childPlan");
			DecisionDraft content = c.withChildPlanDocument(plan).withNotifiedCitizenIds(recipients);
			LocalDate birth = type.area().isChildren() ? primary.citizen().cpr().birthDate() : null;
			out.add(new HistoricDecision(r.id(), r.caseNumber(), type.code(), type.area(), unit, caseworker, birth, content, d.exemptions(),
					CaseTakeover.instant(d.sentAt()),
					d.channel() == null ? null : CaseTakeover.code(DeliveryChannel.class, d.channel(), at + "channel", "kanalen"),
					d.receivedOn(), d.letter() == null ? null : reference(numbers, d.letter(), at + "letter"),
					actor.apply(d.sentBy(), at + "sentBy")));
		}
		return out;
	}

	private static List<Long> recipients(List<String> cprs, Map<Cpr, TakenParty> parties, String field) {
		List<Long> ids = new ArrayList<>();
		for (String given : cprs) {
			TakenParty p = parties.get(Cpr.parse(given, field));
			if (p == null) {
				throw new InvalidInputException(field, "En modtager af afgørelsen skal være part i sagen.");
			}
			ids.add(p.citizen().id());
		}
		return ids;
	}

	private static String reference(Map<String, String> numbers, String ref, String field) {
		String number = numbers.get(ref);
		if (number == null) {
			throw new InvalidInputException(field, "Ingen af sagens dokumenter har referencen '" + ref + "'.");
		}
		return number;
	}
}
