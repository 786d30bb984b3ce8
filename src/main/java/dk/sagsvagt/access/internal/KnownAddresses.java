package dk.sagsvagt.access.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Whether any controller answers an address (issue 18): the filter chains deny by default, and an address no
 * controller has is then answered as a page that does not exist ("Ikke fundet", 404), not "Ingen adgang"; the attempt
 * is logged either way.
 * Whatever cannot be decided counts as existing, so the answer stays a refusal.
 */
@Component
class KnownAddresses {

	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	KnownAddresses(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	boolean exists(HttpServletRequest request) {
		RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
		if (mapping == null) {
			return true;
		}
		RequestPath previous = ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request) : null;
		try {
			ServletRequestPathUtils.parseAndCache(request);
			return mapping.getHandler(request) != null;
		}
		catch (Exception e) {
			// a path that exists for another method, or that cannot be read: not a missing page
			return true;
		}
		finally {
			if (previous == null) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
			else {
				ServletRequestPathUtils.setParsedRequestPath(previous, request);
			}
		}
	}
}
