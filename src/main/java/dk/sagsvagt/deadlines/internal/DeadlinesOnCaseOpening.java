package dk.sagsvagt.deadlines.internal;

import dk.sagsvagt.cases.CaseOpened;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.deadlines.RuleCatalogue;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deadlines start by themselves: a case of a type whose law starts a deadline (an underretning: the 24-hour
 * assessment, Barnets lov § 136, and the receipt, § 138; a børnefaglig undersøgelse: 4 months, § 20, stk. 3; an
 * aktindsigt: 7 working days, offentlighedsloven § 36, stk. 2; …) starts it from when it was received.
 * <p>
 * Synchronous, in the registering transaction, not after commit like {@code DigitalPostDispatch}: the case page the
 * user is sent to must show the deadline at once, and a case must never exist without the 24-hour assessment it
 * owes (a crash between the two would leave exactly that). A refused start rolls the case back. A case from an older
 * system ({@code receivedAt} null) brings its own deadline history. The start is idempotent (a unique index), should
 * the event ever be delivered again.
 */
@Component
class DeadlinesOnCaseOpening {

	private final RuleCatalogue catalogue;

	private final CaseDeadlines deadlines;

	DeadlinesOnCaseOpening(RuleCatalogue catalogue, CaseDeadlines deadlines) {
		this.catalogue = catalogue;
		this.deadlines = deadlines;
	}

	@EventListener
	void on(CaseOpened opened) {
		if (opened.receivedAt() == null) {
			return;
		}
		catalogue.openingEvent(opened.caseType()).ifPresent(event -> deadlines.startOnOpening(opened, event));
	}
}
