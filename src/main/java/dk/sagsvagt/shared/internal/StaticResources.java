package dk.sagsvagt.shared.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Webjars are linked without versions and resolved when the browser asks for them. The URL-encoding filter that
 * would rewrite every link of every page is not needed for that, and it cost most of the case page's time: each
 * link (case and document links too) was looked up in every jar, and misses are not cached. Measured with
 * bench/access-log-cost.sh and JFR.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}
}
