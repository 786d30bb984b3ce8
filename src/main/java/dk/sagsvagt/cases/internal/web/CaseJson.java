package dk.sagsvagt.cases.internal.web;

import java.time.Instant;
import java.util.List;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseStatus;
import dk.sagsvagt.cases.Party;

/** A case as the API shows it. CPR numbers appear masked. */
record CaseJson(String caseNumber, String caseType, String caseTypeName, String kle, String title, CaseStatus status,
		long unitId, Long caseworkerId, Instant openedAt, Instant closedAt, List<PartyJson> parties) {

	record PartyJson(String name, String maskedCpr, String role) {
	}

	static CaseJson of(CaseFile c, List<Party> parties) {
		return new CaseJson(c.caseNumber(), c.caseType(), c.caseTypeName(), c.kle(), c.title(), c.status(), c.unitId(),
				c.caseworkerId(), c.openedAt(), c.closedAt(),
				parties.stream()
					.map(p -> new PartyJson(p.citizen().name(), p.citizen().maskedCpr(), p.role().name()))
					.toList());
	}
}
