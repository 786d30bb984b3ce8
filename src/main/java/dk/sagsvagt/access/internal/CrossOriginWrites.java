package dk.sagsvagt.access.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API authenticates with HTTP Basic, which a browser sends by itself to any page that posts to us, so the API
 * has no CSRF token to lean on. A state-changing request is refused when the browser says it comes from another site:
 * an {@code Origin} that is not our own (or "null"), or {@code Sec-Fetch-Site: cross-site} or {@code same-site}.
 * Scripts send neither header and are not affected, multipart uploads included.
 */
class CrossOriginWrites extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SAFE_METHODS.contains(request.getMethod()) || !fromAnotherSite(request)) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(403);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"urn:sagsvagt:problem:cross-origin\",\"title\":\"Ingen adgang\",\"status\":403,"
					+ "\"detail\":\"Forespørgsler fra en anden hjemmeside afvises. Kald API'et fra et script eller fra Sagsvagt selv.\"}");
	}

	private static boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null && (site.equalsIgnoreCase("cross-site") || site.equalsIgnoreCase("same-site"))) {
			return true;
		}
		String origin = request.getHeader("Origin");
		return origin != null && !origin.equalsIgnoreCase(ownOrigin(request)) && !sameAsOwn(origin, request);
	}

	private static String ownOrigin(HttpServletRequest request) {
		String scheme = request.getScheme().toLowerCase(Locale.ROOT);
		int port = request.getServerPort();
		boolean defaultPort = scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
		return scheme + "://" + request.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
	}

	/** An origin written with its default port, e.g. {@code https://host:443}. */
	private static boolean sameAsOwn(String origin, HttpServletRequest request) {
		try {
			URI uri = URI.create(origin);
			return uri.getScheme() != null && uri.getHost() != null && uri.getScheme().equalsIgnoreCase(request.getScheme())
					&& uri.getHost().equalsIgnoreCase(request.getServerName()) && uri.getPort() == request.getServerPort();
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}
}
