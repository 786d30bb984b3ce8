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
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.HtmlUtils;

/**
 * A multipart request that is over the upload limit or cannot be read (a control character in a file name, a broken
 * boundary) fails before any controller is chosen, so no controller-scoped advice sees it. The API gets problem+json,
 * a page a short Danish page: 413 for too large, 400 for unreadable.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

	private static final String DETAIL = "Filen er større end den tilladte grænse.";

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
		return answer(request, HttpStatus.CONTENT_TOO_LARGE, "too-large", "Filen er for stor", DETAIL);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<?> unreadable(MultipartException e, HttpServletRequest request) {
		return answer(request, HttpStatus.BAD_REQUEST, "invalid-input", "Ugyldige oplysninger",
				"Forespørgslen kunne ikke læses som multipart (fx et ulovligt tegn i filens navn).");
	}

	private static ResponseEntity<?> answer(HttpServletRequest request, HttpStatus status, String type, String title, String detail) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemResponses.problem(status, type, title, detail, "file"));
		}
		String back = HtmlUtils.htmlEscape(request.getContextPath() + "/");
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.body("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + title + " – Sagsvagt</title>"
					+ "</head><body><main><h1>" + title + "</h1><p role=\"alert\">" + detail
					+ " Intet er gemt.</p><p><a href=\"" + back + "\">Tilbage</a></p></main></body></html>");
	}
}
