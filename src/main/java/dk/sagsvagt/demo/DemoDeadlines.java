package dk.sagsvagt.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.migration.MigratedCase;

/**
 * Deadline events on the open demo cases, taken over with them, so the worklists look like real ones: notifications received (most
 * assessed in time, receipts sent), assessments under way (some past four months), measures started and followed up.
 */
final class DemoDeadlines {

	private DemoDeadlines() {
	}

	/** The events of each open case, by the case's place in {@code planned}. */
	static Map<Integer, List<MigratedCase.DeadlineEvent>> events(List<DemoCases.Planned> planned, List<CaseImport.Registered> registered,
			Instant now, SplittableRandom random) {
		Map<Integer, List<MigratedCase.DeadlineEvent>> events = new HashMap<>();
		for (int i = 0; i < planned.size(); i++) {
			DemoCases.Planned p = planned.get(i);
			if (p.historic().closedAt() != null) {
				continue;
			}
			CaseImport.Registered r = registered.get(i);
			Instant opened = p.historic().openedAt();
			List<MigratedCase.DeadlineEvent> ofCase = events.computeIfAbsent(i, k -> new ArrayList<>());
			Event event = (name, at) -> {
				if (at.isBefore(now)) {
					ofCase.add(new MigratedCase.DeadlineEvent(name, at.atOffset(ZoneOffset.UTC), null));
				}
			};
			switch (p.historic().caseType()) {
				case "NOTIFICATION" -> {
					event.at("NOTIFICATION_RECEIVED", opened);
					if (random.nextInt(10) < 9) {
						event.at("NOTIFICATION_ASSESSED", opened.plus(Duration.ofHours(1 + random.nextInt(30))));
					}
					if (random.nextInt(10) < 8) {
						Instant receipt = opened.plus(Duration.ofDays(1 + random.nextInt(10)));
						event.at("RECEIPT_SENT", receipt);
						// the notice to the professional notifier (barnets lov § 138), on most; by the case, not the
						// random sequence, so the rest of the demo stays as it was
						if (r.id() % 3 != 0) {
							event.at("NOTIFIER_INFORMED", receipt.plus(Duration.ofDays(5 + r.id() % 25)));
						}
					}
					if (r.id() % 7 == 0) {
						// a notification of abuse calls for a conversation with the child (barnets lov § 137, stk. 3)
						event.at("NOTIFICATION_CONCERNS_ABUSE", opened.plus(Duration.ofHours(3)));
						if (r.id() % 2 == 0) {
							event.at("CHILD_CONVERSATION_HELD", opened.plus(Duration.ofDays(1 + r.id() % 8)));
						}
					}
				}
				case "CHILD_ASSESSMENT" -> event.at("NEED_BECAME_KNOWN", opened);
				case "HOUSING_OFFER", "PERSONAL_HELP", "SUPPORT_CONTACT" -> event.at("APPLICATION_RECEIVED", opened);
				case "PREVENTIVE_MEASURE", "PLACEMENT" -> {
					event.at("MEASURE_STARTED", opened);
					if (random.nextInt(10) < 7) {
						event.at("FOLLOW_UP_DONE", opened.plus(Duration.ofDays(60 + random.nextInt(40))));
					}
				}
				default -> {
				}
			}
		}
		return events;
	}

	@FunctionalInterface
	private interface Event {

		void at(String name, Instant at);
	}
}
