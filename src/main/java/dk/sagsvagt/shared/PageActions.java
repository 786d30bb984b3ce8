package dk.sagsvagt.shared;

import java.util.function.Supplier;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page's form step ends, the same on every page: the step runs; what it did is flashed as {@code message}, or
 * the Danish reason it was refused (bad input, a conflict, something gone) as {@code error}; and the browser is sent
 * back to the page (post/redirect/get), which shows either through {@code fragments/messages}.
 */
public final class PageActions {

	private PageActions() {
	}

	/** Runs {@code step}; {@code done} is the message when it succeeds. */
	public static String run(String page, RedirectAttributes redirect, String done, Runnable step) {
		return run(page, redirect, "message", "error", () -> {
			step.run();
			return done;
		});
	}

	/** Runs {@code step}, whose answer is the message when it succeeds. */
	public static String run(String page, RedirectAttributes redirect, Supplier<String> step) {
		return run(page, redirect, "message", "error", step);
	}

	/** As {@link #run(String, RedirectAttributes, Supplier)}, with the flash keys of a page that shows several. */
	public static String run(String page, RedirectAttributes redirect, String messageKey, String errorKey, Supplier<String> step) {
		try {
			redirect.addFlashAttribute(messageKey, step.get());
		}
		catch (InvalidInputException | ConflictException | NotFoundException e) {
			redirect.addFlashAttribute(errorKey, e.getMessage());
		}
		return "redirect:" + page;
	}
}
