package dk.sagsvagt.cases;

import java.util.List;

/** A case as a user opened it, with its parties (the primary party first). */
public record OpenedCase(CaseFile caseFile, List<Party> parties) {

	public OpenedCase {
		parties = List.copyOf(parties);
	}
}
