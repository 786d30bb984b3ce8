package dk.sagsvagt.reporting.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.reporting.Dashboard;
import dk.sagsvagt.reporting.internal.Dashboards;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Ledelsesoverblik")
class DashboardApi {

	private final Dashboards dashboards;

	private final AccessPolicy access;

	DashboardApi(Dashboards dashboards, AccessPolicy access) {
		this.dashboards = dashboards;
		this.access = access;
	}

	@GetMapping("/api/dashboard")
	@Operation(summary = "Ledelsesoverblik for UNIT, CENTRE eller ADMINISTRATION (tal uden personoplysninger)")
	Dashboard dashboard(CurrentUser user, @RequestParam(required = false) String level) {
		return dashboards.of(level, user);
	}
}
