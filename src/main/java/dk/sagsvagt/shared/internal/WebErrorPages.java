package dk.sagsvagt.shared.internal;

import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.NotFoundException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors on web pages as Danish pages with the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class WebErrorPages {

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException e) {
		return page("error", HttpStatus.NOT_FOUND, e.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException e) {
		return page("error", HttpStatus.FORBIDDEN, e.getMessage());
	}

	/** Input a page did not catch next to its form (e.g. a bad query parameter): the message on the error page. */
	@ExceptionHandler(dk.sagsvagt.shared.InvalidInputException.class)
	ModelAndView invalid(dk.sagsvagt.shared.InvalidInputException e) {
		return page("error", HttpStatus.BAD_REQUEST, e.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(ConflictException e) {
		return page("error", HttpStatus.CONFLICT, e.getMessage());
	}

	private static ModelAndView page(String view, HttpStatus status, String message) {
		ModelAndView page = new ModelAndView(view, status);
		page.addObject("message", message);
		page.addObject("status", status.value());
		return page;
	}
}
