package dk.sagsvagt.shared.internal;

import java.util.IdentityHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's handler mapping, with a quick first test. For an address with a variable in it (every case, document
 * and decision page) Spring tries all 200-odd mappings in full: method, headers, media types, then the path. That was
 * a tenth of the case page's CPU (JFR, bench/results). Here a mapping is tried only if the address starts with the
 * literal beginning of one of its paths ({@code /api/cases/} for {@code /api/cases/{caseNumber}}); whatever passes is
 * matched exactly as before. Addresses with a percent sign or a semicolon are always tried in full, since Spring
 * matches decoded segments without their parameters.
 */
final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

	private static final String[] ANY = new String[0];

	/** The literal starts of each mapping's paths, by identity; made once all mappings are registered. */
	private volatile Map<RequestMappingInfo, String[]> prefixes = Map.of();

	/** The address being looked up, while it is; null when it must be tried in full. */
	private final ThreadLocal<String> lookupPath = new ThreadLocal<>();

	@Override
	public void afterPropertiesSet() {
		super.afterPropertiesSet();
		Map<RequestMappingInfo, String[]> byInfo = new IdentityHashMap<>();
		getHandlerMethods().keySet().forEach(info -> byInfo.put(info, literalPrefixes(info)));
		prefixes = byInfo;
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String path, HttpServletRequest request) throws Exception {
		lookupPath.set(path.indexOf('%') < 0 && path.indexOf(';') < 0 ? path : null);
		try {
			return super.lookupHandlerMethod(path, request);
		}
		finally {
			lookupPath.remove();
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = lookupPath.get();
		String[] literal = path == null ? null : prefixes.get(info);
		if (literal != null && literal.length > 0 && !startsWithAny(path, literal)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/** How many mappings have a literal start to test. */
	int narrowed() {
		return (int) prefixes.values().stream().filter(p -> p.length > 0).count();
	}

	private static boolean startsWithAny(String path, String[] literal) {
		for (String prefix : literal) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** The literal start of each path pattern; none (try always) if a pattern has no literal start to test. */
	static String[] literalPrefixes(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return ANY;
		}
		String[] result = new String[condition.getPatterns().size()];
		int i = 0;
		for (PathPattern pattern : condition.getPatterns()) {
			String text = pattern.getPatternString();
			int end = 0;
			while (end < text.length() && "{*?".indexOf(text.charAt(end)) < 0) {
				end++;
			}
			// a pattern must begin with "/x" to narrow anything; "/" or "" could match any address
			if (end < 2) {
				return ANY;
			}
			result[i++] = text.substring(0, end);
		}
		return result;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		WebMvcRegistrations literalPrefixHandlerMapping() {
			return new WebMvcRegistrations() {

				@Override
				public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
					return new LiteralPrefixHandlerMapping();
				}
			};
		}
	}
}
