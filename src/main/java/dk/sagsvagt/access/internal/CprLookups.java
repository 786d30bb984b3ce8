package dk.sagsvagt.access.internal;

import java.util.List;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.citizens.CprLookedUp;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each CPR look-up is a read of personal data, written to the access log in the transaction that made it, with the
 * user on whose behalf it was made (the application itself for a job). A citizen CPR names with address protection
 * (navne- og adressebeskyttelse) becomes specially protected at once, readable by the user who registered them; an
 * administrator names the others who need to.
 */
@Component
class CprLookups {

	static final String PROTECTION_REASON = "Navne- og adressebeskyttelse i CPR";

	private final AccessLogWriter log;

	private final AccessGrants grants;

	private final JdbcClient jdbc;

	private final dk.sagsvagt.access.AccessPolicy access;

	CprLookups(AccessLogWriter log, AccessGrants grants, JdbcClient jdbc, dk.sagsvagt.access.AccessPolicy access) {
		this.access = access;
		this.log = log;
		this.grants = grants;
		this.jdbc = jdbc;
	}

	/**
	 * Synchronous, in the transaction that looked the person up (not the event publication registry): the lookup is
	 * in the access log before its answer is used, and a protected address protects the citizen before anyone can
	 * open the case.
	 */
	@EventListener
	void on(CprLookedUp lookedUp) {
		CurrentUser user = access.signedIn().orElse(CurrentUser.SYSTEM);
		List<Long> citizens = lookedUp.citizenId() == null ? List.of() : List.of(lookedUp.citizenId());
		log.write(new AccessLogWriter.Entry(user, Action.VIEW_CPR, true, null, null, null, citizens, null,
				"CPR-opslag (SF1520): " + lookedUp.outcome()));
		if (lookedUp.addressProtected() && lookedUp.citizenId() != null && !protectedAlready(lookedUp.citizenId())) {
			grants.protectCitizen(lookedUp.citizenId(), PROTECTION_REASON, user == CurrentUser.SYSTEM ? List.of() : List.of(user.username()),
					user.username());
		}
	}

	private boolean protectedAlready(long citizenId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access.protection WHERE citizen_id = ?)").param(citizenId).query(Boolean.class).single();
	}
}
