package dk.sagsvagt.shared.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request no controller answers (an address that does not exist, such as {@code /cases/abc}, or a method a path does
 * not take, a parameter that cannot be read): a Danish page for a person, Danish problem+json (RFC 9457) under {@code /api}. Without this, Spring's
 * default answers both with English JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnmatchedRequests {

	@ExceptionHandler(NoResourceFoundException.class)
	Object notFound(NoResourceFoundException e, HttpServletRequest request) {
		if (isApi(request)) {
			return problem(ProblemResponses.problem(HttpStatus.NOT_FOUND, "not-found", "Ikke fundet", "Adressen findes ikke.", null));
		}
		return page(HttpStatus.NOT_FOUND, "Siden findes ikke. Tjek adressen, eller gå til forsiden.", request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
		if (isApi(request)) {
			return problem(ProblemResponses.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Metoden er ikke tilladt",
					"Metoden " + e.getMethod() + " understøttes ikke her.", null));
		}
		return page(HttpStatus.METHOD_NOT_ALLOWED, "Siden kan ikke bruges sådan. Gå tilbage, og prøv igen fra siden selv.", request);
	}

	/**
	 * A parameter that cannot be read (a number that is not one): said in Danish, never as a code. (A missing one is
	 * left to the handlers that know the request: an upload over the limit arrives without its parameters.)
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		String name = e.getName();
		if (isApi(request)) {
			return problem(ProblemResponses.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Ugyldige oplysninger",
					"Værdien af '" + name + "' har forkert format.", name));
		}
		return page(HttpStatus.BAD_REQUEST,
				"Siden fik en oplysning, den ikke kan læse. Gå tilbage, og prøv igen fra siden selv.", request);
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

	private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static ModelAndView page(HttpStatus status, String message, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("message", message);
		page.addObject("status", status.value());
		page.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
		return page;
	}
}
