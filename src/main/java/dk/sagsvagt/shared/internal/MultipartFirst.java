package dk.sagsvagt.shared.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads a multipart request's fields before its controller runs, so an upload over the limit or a broken body fails
 * where {@link UploadLimit} answers it (a Danish page, or problem+json), not later inside argument binding, where the
 * servlet container turns it into its own English error. (The language switch used to read a parameter here and did
 * this by accident; it is gone, so it is done on purpose.)
 */
@Configuration(proxyBeanMethods = false)
class MultipartFirst implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String type = request.getContentType();
		if (type != null && type.regionMatches(true, 0, "multipart/", 0, 10)) {
			request.getParameterMap();
		}
		return true;
	}
}
