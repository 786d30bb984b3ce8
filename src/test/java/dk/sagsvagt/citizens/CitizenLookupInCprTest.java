package dk.sagsvagt.citizens;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 20: registering a citizen looks the person up in CPR. The name comes from CPR, a number CPR does not know is
 * refused, a citizen CPR cannot answer for is kept as not verified and looked up again when next used, and so is one
 * checked longer ago than the refresh age. Every look-up is in the access log; address protection makes the citizen
 * specially protected, readable by the user who registered them. The register here answers as the SF1520 adapter
 * does (the adapter itself is tested against its recorded peer in Sf1520CprRegisterTest).
 */
@IntegrationTest
class CitizenLookupInCprTest {

	@Autowired
	JdbcClient jdbcClient;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Fixtures fixtures;

	/** A register that answers what the test sets, and counts the look-ups. */
	static class Answering implements CprRegister {

		final List<Cpr> asked = new ArrayList<>();

		CprPerson person;

		final Map<Cpr, CprPerson> people = new java.util.HashMap<>();

		boolean unavailable;

		@Override
		public Optional<CprPerson> lookup(Cpr cpr) {
			asked.add(cpr);
			if (unavailable) {
				throw new CprUnavailableException("CPR-registret svarede ikke inden for tidsgrænsen.", null);
			}
			return Optional.ofNullable(people.getOrDefault(cpr, person));
		}
	}

	Citizens citizens(Answering register) {
		var factory = new StaticListableBeanFactory(Map.of("register", register));
		return new Citizens(jdbcClient, factory.getBeanProvider(CprRegister.class), events, Clock.systemUTC(), Duration.ofDays(7));
	}

	CprPerson person(Cpr cpr, String name, boolean protectedAddress) {
		return new CprPerson(cpr, name, "Syntesevej 4, 2300 København S", CprStatus.ACTIVE, protectedAddress, true, null, null, List.of(),
				List.of());
	}

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	/** Looks up on behalf of a signed-in caseworker, as a request would. */
	void signInAs(String username) {
		fixtures.unitA();
		var user = users.loadUserByUsername(username);
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
				new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
	}

	@org.junit.jupiter.api.AfterEach
	void signOut() {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
	}

	long logged(long citizenId, String detail) {
		return jdbc.queryForObject("""
				SELECT count(*) FROM access.access_log l WHERE l.detail = ? AND ? = ANY(l.citizen_ids)""", Long.class, detail, citizenId);
	}

	@Test
	void aNewCitizenTakesTheNameFromCprAndAProtectedAddressProtectsThem() {
		signInAs("test.a");
		Answering register = new Answering();
		Cpr cpr = Cpr.parse(Fixtures.newChildCpr());
		register.person = person(cpr, "Liva Syntetisk", true);

		Citizen citizen = transaction.execute(s -> citizens(register).findOrRegisterNamed(cpr, "Skrevet Forkert", "cpr"));

		assertThat(citizen.name()).isEqualTo("Liva Syntetisk");
		CprDetails details = citizens(register).cprDetails(citizen.id());
		assertThat(details.verified()).isTrue();
		assertThat(details.address()).isEqualTo("Syntesevej 4, 2300 København S");
		assertThat(details.addressProtected()).isTrue();
		assertThat(logged(citizen.id(), "CPR-opslag (SF1520): fundet")).isOne();
		assertThat(jdbc.queryForList("""
				SELECT p.reason || ' / ' || r.username FROM access.protection p JOIN access.protection_reader r ON r.protection_id = p.id
				WHERE p.citizen_id = ?""", String.class, citizen.id()))
			.containsExactly("Navne- og adressebeskyttelse i CPR / test.a");
		// known and fresh: not looked up again
		transaction.execute(s -> citizens(register).findOrRegister(cpr, null));
		assertThat(register.asked).hasSize(1);
	}

	/** A child whose custody two parents hold: both are registered from CPR and recorded, so the child's case proposes them. */
	@Test
	void aChildsCustodyHoldersComeFromCpr() {
		signInAs("test.a");
		Answering register = new Answering();
		Cpr child = Cpr.parse(Fixtures.newChildCpr());
		Cpr mother = Cpr.parse(Fixtures.newChildCpr());
		Cpr father = Cpr.parse(Fixtures.newChildCpr());
		register.people.put(child, new CprPerson(child, "Liva Syntetisk", null, CprStatus.ACTIVE, false, false, mother, father, List.of(),
				List.of(mother, father)));
		register.people.put(mother, person(mother, "Mette Syntetisk", false));
		register.people.put(father, person(father, "Mads Syntetisk", false));

		Citizen registered = transaction.execute(s -> citizens(register).findOrRegisterNamed(child, null, "cpr"));

		assertThat(citizens(register).custodialParents(registered.id())).extracting(Citizen::name)
			.containsExactly("Mads Syntetisk", "Mette Syntetisk");
		// CPR later names only the mother: the father is no longer a custody holder
		jdbc.update("UPDATE citizens.citizen SET cpr_checked_at = now() - interval '8 days' WHERE id = ?", registered.id());
		register.people.put(child, new CprPerson(child, "Liva Syntetisk", null, CprStatus.ACTIVE, false, false, mother, father, List.of(),
				List.of(mother)));
		transaction.execute(s -> citizens(register).findOrRegister(child, null));
		assertThat(citizens(register).custodialParents(registered.id())).extracting(Citizen::name).containsExactly("Mette Syntetisk");
	}

	@Test
	void aNumberCprDoesNotKnowIsRefusedAndTheLookUpIsLogged() {
		signInAs("test.a");
		Answering register = new Answering();
		Cpr cpr = Cpr.parse(Fixtures.newChildCpr());
		long before = jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE detail = 'CPR-opslag (SF1520): ukendt nummer'", Long.class);
		assertThatThrownBy(() -> transaction.execute(s -> citizens(register).findOrRegisterNamed(cpr, "Nogen", "cpr")))
			.hasMessage("CPR-nummeret findes ikke i CPR-registret.");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM citizens.citizen WHERE cpr = ?", Long.class, cpr.digits())).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE detail = 'CPR-opslag (SF1520): ukendt nummer'", Long.class))
			.isGreaterThan(before);
	}

	@Test
	void aCitizenCprCannotAnswerForIsKeptAsNotVerifiedAndLookedUpAgainWhenNextUsed() {
		signInAs("test.a");
		Answering register = new Answering();
		register.unavailable = true;
		Cpr cpr = Cpr.parse(Fixtures.newChildCpr());
		assertThatThrownBy(() -> transaction.execute(s -> citizens(register).findOrRegisterNamed(cpr, " ", "cpr")))
			.hasMessage("CPR-registret svarede ikke inden for tidsgrænsen. Skriv borgerens navn: der findes endnu ingen borger med dette CPR-nummer.");
		Citizen typed = transaction.execute(s -> citizens(register).findOrRegisterNamed(cpr, "Bo Borgersen", "cpr"));
		assertThat(typed.name()).isEqualTo("Bo Borgersen");
		assertThat(citizens(register).cprDetails(typed.id()).verified()).isFalse();
		assertThat(logged(typed.id(), "CPR-opslag (SF1520): ikke besvaret")).isOne();

		// CPR answers now: the next use looks the citizen up and takes CPR's name
		register.unavailable = false;
		register.person = person(cpr, "Bo Borgersen Syntetisk", false);
		Citizen verified = transaction.execute(s -> citizens(register).findOrRegister(cpr, null));
		assertThat(verified.name()).isEqualTo("Bo Borgersen Syntetisk");
		assertThat(citizens(register).cprDetails(typed.id()).verified()).isTrue();

		// checked 8 days ago, older than the refresh age of 7 days: looked up again
		jdbc.update("UPDATE citizens.citizen SET cpr_checked_at = now() - interval '8 days' WHERE id = ?", typed.id());
		register.person = person(cpr, "Bo Nytnavn", false);
		assertThat(transaction.execute(s -> citizens(register).findOrRegister(cpr, null)).name()).isEqualTo("Bo Nytnavn");
		assertThat(register.asked).hasSize(4);
	}
}
