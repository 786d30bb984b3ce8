package dk.sagsvagt.shared.internal;

import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Danish, whatever the browser or a {@code ?lang=} parameter asks for. The application was once switchable to a
 * half-translated English; a half language is not shipped (issue 18), so there is one language and one bundle.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	static final Locale DANISH = Locale.forLanguageTag("da");

	@Bean
	LocaleResolver localeResolver() {
		return new FixedLocaleResolver(DANISH);
	}
}
