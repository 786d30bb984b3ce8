package dk.sagsvagt.cases;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20: the KLE plan imported from KL's own XML (a release announced for 1 February 2099, synthetic, in the
 * published structure: Hovedgruppe/Gruppe/Emne with Historisk/Flyttet/AfloestAf), once; a release is in force from
 * its date, and from then an expired number, or one a whole release lacks, cannot be given to a new case.
 */
@IntegrationTest
class KlePlanTest {

	static final String EMNEPLAN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<KLE-Emneplan xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="KLE-Emneplan-version-2-0.xsd">
			  <UdgivelsesDato>2099-02-01</UdgivelsesDato>
			  <Hovedgruppe>
			    <HovedgruppeNr>34</HovedgruppeNr>
			    <HovedgruppeTitel>Hjælp og støtte efter barnets lov</HovedgruppeTitel>
			    <HovedgruppeVejledning><VejledningTekst><p>Sager efter <b>barnets lov</b>.</p></VejledningTekst></HovedgruppeVejledning>
			    <HovedgruppeAdministrativInfo><OprettetDato>2023-11-01</OprettetDato></HovedgruppeAdministrativInfo>
			    <Gruppe>
			      <GruppeNr>34.10</GruppeNr>
			      <GruppeTitel>Undersøgelse, afdækning, mv. </GruppeTitel>
			      <GruppeRetskildeReference><RetskildeTitel>Barnets lov</RetskildeTitel><RetsinfoAccessionsNr>A1</RetsinfoAccessionsNr></GruppeRetskildeReference>
			      <GruppeAdministrativInfo><OprettetDato>2023-11-01</OprettetDato></GruppeAdministrativInfo>
			      <GruppeFilter><FilterTitel>SaerligStoetteDelplan</FilterTitel></GruppeFilter>
			      <Emne>
			        <EmneNr>34.10.10</EmneNr>
			        <EmneTitel>Screening, afdækning og børnefaglig undersøgelse</EmneTitel>
			        <EmneAdministrativInfo><OprettetDato>2023-11-01</OprettetDato><RettetDato>2024-02-01</RettetDato></EmneAdministrativInfo>
			        <BevaringJaevnfoerArkivloven>B</BevaringJaevnfoerArkivloven>
			        <SletningJaevnfoerPersondataloven>P3650D</SletningJaevnfoerPersondataloven>
			      </Emne>
			      <Emne>
			        <EmneNr>34.10.30</EmneNr>
			        <EmneTitel>Underretninger [udgået]</EmneTitel>
			        <EmneAdministrativInfo><OprettetDato>2023-11-01</OprettetDato>
			          <Historisk><Flyttet><FlyttetDato>2099-02-01</FlyttetDato><AfloestAf><EmneNr>34.10.31</EmneNr></AfloestAf></Flyttet></Historisk>
			        </EmneAdministrativInfo>
			        <BevaringJaevnfoerArkivloven>B</BevaringJaevnfoerArkivloven>
			      </Emne>
			    </Gruppe>
			  </Hovedgruppe>
			</KLE-Emneplan>
			""";

	static final String FACETTER = """
			<KLE-Handlingsfacetter>
			  <UdgivelsesDato>2099-02-01</UdgivelsesDato>
			  <HandlingsfacetKategori>
			    <HandlingsfacetKategoriNr>G</HandlingsfacetKategoriNr>
			    <HandlingsfacetKategoriTitel>Generelle sager</HandlingsfacetKategoriTitel>
			    <Handlingsfacet>
			      <HandlingsfacetNr>G01</HandlingsfacetNr>
			      <HandlingsfacetTitel>Generelle sager</HandlingsfacetTitel>
			      <BevaringJaevnfoerArkivloven>B</BevaringJaevnfoerArkivloven>
			      <HandlingsfacetAdministrativInfo><OprettetDato>1988-01-01</OprettetDato></HandlingsfacetAdministrativInfo>
			    </Handlingsfacet>
			  </HandlingsfacetKategori>
			</KLE-Handlingsfacetter>
			""";

	@Autowired
	KlePlans plans;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	static ByteArrayInputStream xml(String text) {
		return new ByteArrayInputStream(text.strip().getBytes(StandardCharsets.UTF_8));
	}

	KlePlans on(LocalDate day) {
		return new KlePlans(jdbc, Clock.fixed(day.atTime(12, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant(), ZoneId.of("Europe/Copenhagen")));
	}

	@Test
	void aReleaseIsImportedOnceAndFromItsDateAnExpiredOrMissingNumberIsRefused() {
		KlePlans.Imported first = plans.importRelease(xml(EMNEPLAN), "Testudgivelse", "test.admin");
		assertThat(first.kind()).isEqualTo("EMNEPLAN");
		assertThat(first.releasedOn()).isEqualTo(LocalDate.of(2099, 2, 1));
		assertThat(first.entries()).isEqualTo(4);
		assertThat(first.expired()).isEqualTo(1);
		assertThat(first.alreadyThere()).isFalse();
		assertThat(plans.importRelease(xml(EMNEPLAN), "Igen", "test.admin").alreadyThere()).isTrue();
		assertThat(plans.importRelease(xml(FACETTER), "Testudgivelse", "test.admin").entries()).isEqualTo(1);

		// in force from 1 February 2099
		KlePlans later = on(LocalDate.of(2099, 3, 1));
		later.requireUsable("34.10.10", "caseType");
		assertThatThrownBy(() -> later.requireUsable("34.10.30", "caseType"))
			.hasMessage("KLE-nummeret 34.10.30 (Underretninger [udgået]) er udgået den 1. februar 2099 og afløst af 34.10.31. "
					+ "En administrator skal give sagstypen et gyldigt KLE-nummer.");
		assertThatThrownBy(() -> later.requireUsable("27.57.08", "caseType"))
			.hasMessageContaining("findes ikke i KLE-emneplanen udgivet 1. februar 2099");
		assertThat(later.facet("G01")).contains("Generelle sager");
		assertThat(later.version()).contains(LocalDate.of(2099, 2, 1));
		// today the installation's subset of 2025-05-01 is in force, which vouches only for what it holds
		plans.requireUsable("34.10.30", "caseType");
		plans.requireUsable("27.57.08", "caseType");
		assertThat(plans.subject("34.10.10")).map(KlePlans.Subject::title).contains("Screening, afdækning og børnefaglig undersøgelse");
		assertThat(plans.version()).contains(LocalDate.of(2025, 5, 1));
	}

	@Autowired
	dk.sagsvagt.citizens.Citizens citizens;

	@Autowired
	dk.sagsvagt.access.AccessPolicy access;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	/** The register as it will stand on 1 March 2099, when the 2099 release has retired 34.10.30 "Underretninger". */
	@Test
	void aNewCaseIsRefusedWhileItsTypesNumberIsExpiredAndNothingOfItIsSaved() {
		plans.importRelease(xml(EMNEPLAN), "Testudgivelse", "test.admin");
		Cases in2099 = new Cases(jdbc, citizens, access, events, Clock.systemUTC(), transaction, on(LocalDate.of(2099, 3, 1)));
		String cpr = Fixtures.newChildCpr();
		long unit = fixtures.unitA();
		long caseworker = fixtures.staffId("test.a");
		assertThatThrownBy(() -> transaction.execute(status -> in2099.register(new RegisterCase("NOTIFICATION", "Underretning i 2099", cpr,
				"Nanna Nielsen"), unit, caseworker, java.time.Instant.now(), "test")))
			.isInstanceOf(dk.sagsvagt.shared.InvalidInputException.class)
			.hasMessage("KLE-nummeret 34.10.30 (Underretninger [udgået]) er udgået den 1. februar 2099 og afløst af 34.10.31. "
					+ "En administrator skal give sagstypen et gyldigt KLE-nummer.");
		assertThat(citizens.findByCpr(dk.sagsvagt.citizens.Cpr.parse(cpr))).as("nothing of the refused case is saved").isEmpty();
		// a type whose number is in force is registered under it
		CaseFile assessment = transaction.execute(status -> in2099.register(new RegisterCase("CHILD_ASSESSMENT", "Undersøgelse i 2099", cpr,
				"Nanna Nielsen"), unit, caseworker, java.time.Instant.now(), "test"));
		assertThat(assessment.kle()).isEqualTo("34.10.10");
	}

	@Test
	void aFileThatIsNotAKlePlanIsRefusedInDanish() {
		assertThatThrownBy(() -> plans.importRelease(xml("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><KLE-Emneplan>&e;</KLE-Emneplan>"),
				null, "test.admin")).hasMessageContaining("ikke gyldig XML");
		assertThatThrownBy(() -> plans.importRelease(xml("<Noget/>"), null, "test.admin")).hasMessageContaining("hverken en KLE-emneplan");
		assertThatThrownBy(() -> plans.importRelease(xml("<KLE-Emneplan><UdgivelsesDato>maj</UdgivelsesDato></KLE-Emneplan>"), null,
				"test.admin")).hasMessageContaining("er ikke en dato");
	}

	@Test
	void theAdministratorImportsAFileAndGivesACaseTypeItsNumber() throws Exception {
		fixtures.unitA();
		var admin = user(users.loadUserByUsername("test.admin"));
		mvc.perform(get("/admin/kle").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Udsnit (installationens)")))
			.andExpect(content().string(containsString("Screening, afdækning og børnefaglig undersøgelse")));
		mvc.perform(multipart("/admin/kle/import").file(new MockMultipartFile("file", "KLE-Emneplan.xml", "application/xml",
				EMNEPLAN.strip().getBytes(StandardCharsets.UTF_8))).with(admin).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", containsString("Emneplanen udgivet 1. februar 2099")));
		mvc.perform(post("/admin/kle/case-types").with(admin).with(csrf()).param("caseType", "ACTION_PLAN").param("kle", "34-10"))
			.andExpect(content().string(containsString("Et KLE-emnenummer har formen 34.10.10.")));
		mvc.perform(post("/admin/kle/case-types").with(admin).with(csrf()).param("caseType", "ACTION_PLAN").param("kle", "00.01.10"))
			.andExpect(status().is3xxRedirection());
	}
}
