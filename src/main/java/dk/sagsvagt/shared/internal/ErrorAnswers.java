package dk.sagsvagt.shared.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * An error answered below Spring MVC (a servlet filter, Tomcat itself), where no controller advice runs: problem+json
 * for the API, a short Danish page for people.
 */
final class ErrorAnswers {

	private ErrorAnswers() {
	}

	static boolean isApi(String uri) {
		return uri != null && (uri.startsWith("/api/") || uri.equals("/api"));
	}

	static void write(HttpServletResponse response, boolean api, int status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");
		if (api) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(problem(status, type, title, detail));
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter().write(page(title, detail));
		}
	}

	static String problem(int status, String type, String title, String detail) {
		return "{\"type\":\"" + ProblemResponses.TYPE_BASE + type + "\",\"title\":\"" + title + "\",\"status\":" + status
				+ ",\"detail\":\"" + detail + "\"}";
	}

	static String page(String title, String detail) {
		return "<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(title)
				+ " – Sagsvagt</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p role=\"alert\">"
				+ HtmlUtils.htmlEscape(detail) + "</p><p><a href=\"/\">Til forsiden</a></p></main></body></html>";
	}

	/** The Danish title of a status that Tomcat or a filter answers. */
	static String title(int status) {
		return switch (status) {
			case 400 -> "Ugyldig forespørgsel";
			case 401 -> "Ikke logget ind";
			case 403 -> "Ingen adgang";
			case 404 -> "Ikke fundet";
			case 405 -> "Metoden er ikke tilladt";
			case 408 -> "Tiden løb ud";
			case 413 -> "For stor";
			case 414 -> "Adressen er for lang";
			case 431 -> "For store overskrifter";
			default -> status >= 500 ? "Intern fejl" : "Fejl";
		};
	}

	static String detail(int status) {
		return switch (status) {
			case 400 -> "Forespørgslen kunne ikke læses, fx fordi adressen indeholder et tegn, som ikke er tilladt.";
			case 413 -> "Forespørgslen er større end den tilladte grænse. Intet er gemt.";
			case 414, 431 -> "Forespørgslen er for stor til at blive læst. Intet er gemt.";
			default -> status >= 500 ? "Der opstod en uventet fejl. Intet er gemt." : "Forespørgslen kunne ikke gennemføres.";
		};
	}
}
