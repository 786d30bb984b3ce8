package dk.sagsvagt.access.internal.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessLog;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Adgangslog", description = "Kontrol af adgangsloggen")
class AccessLogApi {

	private final AccessLog accessLog;

	private final AccessPolicy access;

	AccessLogApi(AccessLog accessLog, AccessPolicy access) {
		this.accessLog = accessLog;
		this.access = access;
	}

	@GetMapping("/api/access-log/verify")
	@Operation(summary = "Kontrollér at adgangsloggen er uændret (kun administratorer)")
	AccessLog.Verification verify(CurrentUser user, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		access.require(user, Action.VERIFY_LOG, "kontrol af adgangslog");
		if (from == null && to == null) {
			return accessLog.verifyAll();
		}
		return accessLog.verify(from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(9999, 12, 31) : to);
	}
}
