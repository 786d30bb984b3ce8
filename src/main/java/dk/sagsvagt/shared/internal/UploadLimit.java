package dk.sagsvagt.shared.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.util.HtmlUtils;

/**
 * A request over the upload limit fails before any controller is chosen, so no controller-scoped advice sees it.
 * The API gets problem+json, a page a short Danish page; both with 413.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

	private static final String DETAIL = "Filen er større end den tilladte grænse.";

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "Filen er for stor", DETAIL,
						"file"));
		}
		String back = HtmlUtils.htmlEscape(request.getContextPath() + "/");
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Filen er for stor – Sagsvagt</title>"
					+ "</head><body><main><h1>Filen er for stor</h1><p role=\"alert\">" + DETAIL
					+ " Intet er gemt.</p><p><a href=\"" + back + "\">Tilbage</a></p></main></body></html>");
	}
}
