package dk.sagsvagt.access.internal.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.internal.CitizenExtract;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The CPR number travels in the body, never in a URL that proxies and logs would keep. */
@RestController
class CitizenExtractApi {

	private final CitizenExtract extract;

	private final AccessPolicy access;

	CitizenExtractApi(CitizenExtract extract, AccessPolicy access) {
		this.extract = extract;
		this.access = access;
	}

	record ExtractRequest(String cpr, LocalDate from, LocalDate to) {
	}

	@PostMapping("/api/access-log/extract")
	@Operation(summary = "Borgerens udtræk af adgangsloggen som PDF (GDPR art. 15; kun administratorer)")
	ResponseEntity<byte[]> extract(CurrentUser user, @RequestBody ExtractRequest request) {
		byte[] pdf = extract.pdf(request.cpr(), request.from(), request.to(), user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("adgangslog-udtraek.pdf").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf);
	}
}
