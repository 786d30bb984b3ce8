package dk.sagsvagt.deadlines.internal.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.deadlines.DeadlineChanges;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Frister på sager")
class DeadlineChangesApi {

	record Reason(String reason) {
	}

	record Extension(LocalDate newDueDate, String reason, String approvedBy) {
	}

	private final DeadlineChanges changes;

	private final AccessPolicy access;

	DeadlineChangesApi(DeadlineChanges changes, AccessPolicy access) {
		this.changes = changes;
		this.access = access;
	}

	@PostMapping("/api/deadlines/{id}/suspension")
	@Operation(summary = "Stands fristen (fx mens der ventes på borgerens oplysninger); kræver begrundelse")
	ResponseEntity<Void> suspend(CurrentUser user, @PathVariable long id, @RequestBody Reason body) {
		changes.suspend(id, body.reason(), user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/deadlines/{id}/resumption")
	@Operation(summary = "Genoptag fristen; ventetiden lægges til")
	ResponseEntity<Void> resume(CurrentUser user, @PathVariable long id, @RequestBody Reason body) {
		changes.resume(id, body.reason(), user);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/deadlines/{id}/extension")
	@Operation(summary = "Forlæng fristen, hvor reglen tillader det; kræver begrundelse og godkender")
	ResponseEntity<Void> extend(CurrentUser user, @PathVariable long id, @RequestBody Extension body) {
		changes.extend(id, body.newDueDate(), body.reason(), body.approvedBy(), user);
		return ResponseEntity.noContent().build();
	}
}
