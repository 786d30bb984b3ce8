package dk.sagsvagt.access;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Four eyes on an administrator's own access: another administrator must change it, and the change is logged. */
@IntegrationTest
class AdministratorSelfChangeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	Organisation organisation;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorCannotMakeThemselvesCentreLeaderOrWidenTheirScope() throws Exception {
		String admin = "test.admin.s" + System.nanoTime() % 1_000_000;
		grants.createUser(admin, "Selma Selv", StaffRole.ADMINISTRATOR, fixtures.unitC(), "en-lang-adgangskode-9", "test.admin");
		mvc.perform(post("/admin/users/{u}/role", admin).param("role", "CENTRE_LEADER").param("unitId", String.valueOf(fixtures.unitA()))
			.with(csrf()).with(user(users.loadUserByUsername(admin))))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("anden administrator")));
		mvc.perform(post("/admin/users/{u}/scope", admin).param("scope", "ADMINISTRATION").with(csrf()).with(user(users.loadUserByUsername(admin))))
			.andExpect(status().isForbidden());
		assertThat(organisation.staffByUsername(admin).orElseThrow().role()).isEqualTo(StaffRole.ADMINISTRATOR);
		assertThat(grants.scopes()).doesNotContainKey(admin);
		assertThatThrownBy(() -> grants.setScope(admin, Scope.ADMINISTRATION, admin)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> grants.changeRole(organisation.staffByUsername(admin).orElseThrow().id(), admin, "Selma Selv",
				StaffRole.CENTRE_LEADER, fixtures.unitA(), admin)).isInstanceOf(AccessDeniedException.class);

		mvc.perform(post("/admin/users/{u}/scope", admin).param("scope", "UNIT").with(csrf()).with(user(users.loadUserByUsername("test.admin"))))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("SELECT changed_by FROM access.permission_change WHERE subject = ? AND change LIKE 'scope%'",
				String.class, admin)).containsExactly("test.admin");
	}
}
