package dk.sagsvagt.shared.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * The fields of a multipart request (an upload's title, note or text) and its files' names, checked for control
 * characters as {@link ControlCharacters} checks every other parameter: only once Spring has read the parts, within
 * the upload limit, and before any controller binds them. A file's content is never looked at.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharactersInParts implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (multipart == null || !refused(multipart)) {
			return true;
		}
		ErrorAnswers.write(response, ErrorAnswers.isApi(request.getRequestURI().substring(request.getContextPath().length())), 400,
				"invalid-input", "Ugyldige oplysninger", ControlCharacters.DETAIL);
		return false;
	}

	private static boolean refused(MultipartHttpServletRequest request) {
		if (ControlCharacters.anyParameterHasControl(request.getParameterMap())) {
			return true;
		}
		for (MultipartFile file : request.getFileMap().values()) {
			if (ControlCharacters.hasControl(file.getName()) || ControlCharacters.hasControl(file.getOriginalFilename())) {
				return true;
			}
		}
		return false;
	}
}
