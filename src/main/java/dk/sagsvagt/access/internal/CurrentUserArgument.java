package dk.sagsvagt.access.internal;

import java.util.List;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A handler that takes a {@link CurrentUser} gets the signed-in user as the access policy sees them, instead of
 * asking the policy in every handler; the API documentation does not show it as a request parameter.
 */
@Component
class CurrentUserArgument implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
	}

	private final AccessPolicy access;

	CurrentUserArgument(AccessPolicy access) {
		this.access = access;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == CurrentUser.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binders) {
		return access.currentUser();
	}
}
