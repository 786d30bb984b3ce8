package dk.sagsvagt.access;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Signature;
import dk.sagsvagt.organisation.Signatures;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18: a letter closes with the signer's name, title, unit and the unit's contact details, which the
 * administrator keeps on the unit's page; a refused value keeps what was typed, and the database refuses it too.
 */
@IntegrationTest
class UnitContactTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisation organisation;

	@Autowired
	Signatures signatures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void theAdministratorKeepsAUnitsContactDetailsAndARefusedValueKeepsWhatWasTyped() throws Exception {
		long unit = fixtures.unitB();
		String refused = mvc.perform(post("/admin/units/" + unit).with(user(users.loadUserByUsername("test.admin"))).with(csrf())
			.param("address", "Prøvegade 7, 2300 København S").param("phone", "12").param("email", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("Skriv telefonnummeret med 8 cifre").contains("value=\"Prøvegade 7, 2300 København S\"")
			.contains("value=\"12\"").contains("aria-invalid=\"true\"");
		assertThat(signatures.contact(unit).address()).isNull();

		mvc.perform(post("/admin/units/" + unit).with(user(users.loadUserByUsername("test.admin"))).with(csrf())
			.param("address", " Prøvegade 7, 2300 København S ").param("phone", "33 66 20 20").param("email", "b@forvaltningen.example.dk"))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/admin/units/" + unit).with(user(users.loadUserByUsername("test.admin"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("value=\"Prøvegade 7, 2300 København S\"", "value=\"33 66 20 20\"");
		assertThat(signatures.of("test.b", "Socialforvaltningen").lines()).containsExactly("Bo Testsen", "Sagsbehandler",
				"Testenhed B, Socialforvaltningen", "Prøvegade 7, 2300 København S", "Telefon 33 66 20 20",
				"E-mail b@forvaltningen.example.dk");

		mvc.perform(post("/admin/units/" + unit).with(user(users.loadUserByUsername("test.a"))).with(csrf()).param("phone", "33 66 20 21"))
			.andExpect(status().isForbidden());
		assertThatThrownBy(() -> jdbc.update("UPDATE organisation.unit SET email = 'ikke en adresse' WHERE id = ?", unit))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aRegisteredTitleSignsInsteadOfTheRoleAndAnEmptyOneReturnsToIt() throws Exception {
		fixtures.unitA();
		mvc.perform(post("/admin/users/test.a2/title").with(user(users.loadUserByUsername("test.admin"))).with(csrf()).param("title", "Socialrådgiver"))
			.andExpect(status().is3xxRedirection());
		Signature signed = signatures.of("test.a2", "Socialforvaltningen");
		assertThat(signed.title()).isEqualTo("Socialrådgiver");
		assertThat(signatures.nameAndTitle("test.a2")).isEqualTo("Arne Testsen, socialrådgiver");
		assertThat(mvc.perform(get("/admin/users/test.a2").with(user(users.loadUserByUsername("test.admin")))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"Socialrådgiver\"");

		mvc.perform(post("/admin/users/test.a2/title").with(user(users.loadUserByUsername("test.admin"))).with(csrf()).param("title", " "))
			.andExpect(status().is3xxRedirection());
		assertThat(signatures.of("test.a2", "Socialforvaltningen").title()).isEqualTo("Sagsbehandler");
		// someone not in the staff register signs as the administration alone, never by a username
		assertThat(signatures.of("system", "Socialforvaltningen").lines()).containsExactly("Socialforvaltningen");
	}
}
