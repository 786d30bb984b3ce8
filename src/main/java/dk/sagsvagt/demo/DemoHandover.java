package dk.sagsvagt.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.handover.HandoverPlan;
import dk.sagsvagt.handover.Handovers;
import dk.sagsvagt.handover.Holdings;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.organisation.StaffRole;

/**
 * A caseworker in another family unit than the demo users' has left: the unit leader handed the cases to two
 * colleagues with notes, and the administrator deactivated the user (the seed letter's "opboblinger").
 */
final class DemoHandover {

	private final Handovers handovers;

	private final Organisation organisation;

	DemoHandover(Handovers handovers, Organisation organisation) {
		this.handovers = handovers;
		this.organisation = organisation;
	}

	void run(DemoOrganisation.Built org) {
		long demoUnit = organisation.staff(org.demoCaseworker()).unitId();
		for (long unit : org.familyUnits()) {
			List<Long> workers = org.caseworkers().getOrDefault(unit, List.of());
			Staff leader = organisation.staffInUnit(unit).stream().filter(s -> s.role() == StaffRole.UNIT_LEADER).findFirst().orElse(null);
			if (unit == demoUnit || workers.size() < 2 || leader == null) {
				continue;
			}
			CurrentUser boss = DemoUsers.of(leader);
			for (long worker : workers) {
				Staff leaver = organisation.staff(worker);
				Holdings held = handovers.holdings(leaver.username(), boss);
				if (held.cases().isEmpty()) {
					continue;
				}
				List<Long> colleagues = workers.stream().filter(w -> w != worker).toList();
				Map<String, String> cases = new HashMap<>();
				Map<String, String> notes = new HashMap<>();
				for (int i = 0; i < held.cases().size(); i++) {
					String caseNumber = held.cases().get(i).caseNumber();
					cases.put(caseNumber, organisation.staff(colleagues.get(i % colleagues.size())).username());
					notes.put(caseNumber, "Overdraget ved fratræden. Seneste status fremgår af journalen; kontakt familien inden for en uge.");
				}
				handovers.handOver(leaver.username(), new HandoverPlan(organisation.staff(colleagues.get(0)).username(), cases, notes), boss);
				handovers.deactivate(leaver.username(), DemoUsers.of(organisation, "admin"));
				return;
			}
		}
	}
}
