package dk.sagsvagt.organisation.internal.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the one layout needs on every page: the path shown (so the navigation marks it with {@code aria-current})
 * and, through {@link SignedInPerson}, the signed-in person's name, read only when a page draws its header.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
