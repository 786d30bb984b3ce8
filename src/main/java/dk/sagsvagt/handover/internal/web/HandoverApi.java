package dk.sagsvagt.handover.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.handover.HandoverPlan;
import dk.sagsvagt.handover.Handovers;
import dk.sagsvagt.handover.Holdings;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Overdragelse")
class HandoverApi {

	private final Handovers handovers;

	private final AccessPolicy access;

	HandoverApi(Handovers handovers, AccessPolicy access) {
		this.handovers = handovers;
		this.access = access;
	}

	@GetMapping("/api/handovers/measures")
	@Operation(summary = "Sager med to eller flere sagsbehandlerskift på 12 måneder, og frister overskredet inden for 30 dage efter en overdragelse")
	Handovers.Measures measures(CurrentUser user) {
		return handovers.measures(user);
	}

	@GetMapping("/api/handovers/{username}")
	@Operation(summary = "Alt hvad en medarbejder har: åbne sager (frister inden for 20 arbejdsdage fremhævet), anmodninger, opfølgninger, frister, og kollegernes belastning")
	Holdings holdings(CurrentUser user, @PathVariable String username) {
		return handovers.holdings(username, user);
	}

	@PostMapping("/api/handovers/{username}")
	@Operation(summary = "Overdrag alt til kolleger: 'to' overtager det, der ikke er fordelt i 'cases'; 'notes' kræves for sager med frister i fare")
	Holdings handOver(CurrentUser user, @PathVariable String username, @RequestBody HandoverPlan plan) {
		return handovers.handOver(username, plan, user);
	}

	@PostMapping("/api/staff/{username}/deactivation")
	@Operation(summary = "Deaktivér en medarbejder (administratorer); 409 så længe medarbejderen har åbent arbejde")
	ResponseEntity<Void> deactivate(CurrentUser user, @PathVariable String username) {
		handovers.deactivate(username, user);
		return ResponseEntity.noContent().build();
	}
}
