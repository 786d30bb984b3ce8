package dk.sagsvagt.oversight.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.journal.Document;

import org.springframework.stereotype.Component;

/**
 * The cases whose data documents given to an oversight body carry: each document's own case and, for a document that
 * is itself a bundle (a round's workbook or result note, an addendum, a unit letter, another answer's material), the
 * cases it holds. A specially protected one goes only when the body has been granted it; the answer's bundle and
 * cover letter are recorded as holding them all.
 */
@Component
public class BundleContents {

	private final Cases cases;

	private final AccessPolicy access;

	private final AccessGrants grants;

	BundleContents(Cases cases, AccessPolicy access, AccessGrants grants) {
		this.cases = cases;
		this.access = access;
		this.grants = grants;
	}

	/** The cases the documents carry, each allowed to go to the body (or the whole sending is refused). */
	public Collection<CaseFacts> allowedFor(String body, Collection<Document> documents, CurrentUser user) {
		Map<Long, CaseFacts> contents = new LinkedHashMap<>();
		for (Document d : documents) {
			if (!contents.containsKey(d.caseId())) {
				CaseFacts facts = cases.facts(d.documentNumber().substring(0, d.documentNumber().lastIndexOf('-')));
				access.requireBundle(user, body, facts);
				contents.put(d.caseId(), facts);
			}
			for (CaseFacts bundled : grants.bundledCases(d.documentNumber())) {
				if (!contents.containsKey(bundled.caseId())) {
					access.requireBundle(user, body, bundled);
					contents.put(bundled.caseId(), bundled);
				}
			}
		}
		return contents.values();
	}
}
