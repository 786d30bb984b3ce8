package dk.sagsvagt.shared.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.LogSafe;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.TooLargeException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error of the JSON API as RFC 9457 problem+json with a Danish {@code detail} and, where one input is at
 * fault, its name in {@code field}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	static final String TYPE_BASE = "urn:sagsvagt:problem:";

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Ikke fundet", e.getMessage(), null);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Ingen adgang", e.getMessage(), null);
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Ugyldige oplysninger", e.getMessage(), e.field());
	}

	@ExceptionHandler(TooLargeException.class)
	ProblemDetail tooLarge(TooLargeException e) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "For stor", e.getMessage(), e.field());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", "Konflikt", e.getMessage(), null);
		e.properties().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail notValid(MethodArgumentNotValidException e) {
		List<Map<String, String>> errors = e.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> Map.of("field", f.getField(), "detail", FieldMessages.danish(f)))
			.toList();
		String field = errors.isEmpty() ? null : errors.get(0).get("field");
		String detail = errors.isEmpty() ? "Forespørgslen er ugyldig." : errors.get(0).get("detail");
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Ugyldige oplysninger", detail, field);
		problem.setProperty("errors", errors);
		return problem;
	}


	@ExceptionHandler(MissingServletRequestPartException.class)
	ProblemDetail missingPart(MissingServletRequestPartException e) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Ugyldige oplysninger",
				"Feltet '" + e.getRequestPartName() + "' mangler.", e.getRequestPartName());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException e) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Ugyldige oplysninger",
				"Parameteren '" + e.getParameterName() + "' mangler.", e.getParameterName());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Ugyldige oplysninger",
				"Værdien af '" + e.getName() + "' har forkert format.", e.getName());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException e) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-input", "Ugyldige oplysninger",
				"Forespørgslens indhold kunne ikke læses som JSON.", null);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Ikke understøttet format",
				"Indholdstypen understøttes ikke her.", null);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Metoden er ikke tilladt",
				"Metoden " + e.getMethod() + " understøttes ikke her.", null);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noResource(NoResourceFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Ikke fundet", "Adressen findes ikke.", null);
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception e) {
		log.error("Unexpected error in the API: {}", LogSafe.stackTrace(e));
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Intern fejl",
				"Der opstod en uventet fejl. Intet er gemt.", null);
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail, String field) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + type));
		problem.setTitle(title);
		if (field != null) {
			problem.setProperty("field", field);
		}
		return problem;
	}
}
