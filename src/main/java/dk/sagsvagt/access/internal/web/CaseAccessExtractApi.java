package dk.sagsvagt.access.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.internal.CaseAccessExtract;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Adgangslog")
class CaseAccessExtractApi {

	private final CaseAccessExtract extract;

	private final AccessPolicy access;

	CaseAccessExtractApi(CaseAccessExtract extract, AccessPolicy access) {
		this.extract = extract;
		this.access = access;
	}

	@GetMapping(path = "/api/access-log/cases", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Hvem har set sagerne: adgangsloggen pr. sag (højst 100 sager og et år; administratorer og jurister)")
	List<CaseAccessExtract.Read> json(CurrentUser user, @RequestParam String caseNumbers,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return extract.reads(split(caseNumbers), from, to, user);
	}

	@GetMapping(path = "/api/access-log/cases", produces = "text/csv")
	@Operation(summary = "Det samme som CSV med danske kolonnenavne")
	ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam String caseNumbers,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		byte[] csv = CaseAccessExtract.csv(extract.reads(split(caseNumbers), from, to, user))
			.getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("adgangslog-sager.csv").build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(csv);
	}

	private static List<String> split(String caseNumbers) {
		return Arrays.stream(caseNumbers.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
	}
}
