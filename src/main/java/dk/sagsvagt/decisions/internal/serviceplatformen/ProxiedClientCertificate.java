package dk.sagsvagt.decisions.internal.serviceplatformen;

import org.apache.catalina.valves.SSLValve;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where a proxy terminates TLS and verifies Beskedfordeler's client certificate, it hands the certificate on in a
 * header ({@code sagsvagt.digital-post.serviceplatformen.client-certificate-header}, URL-escaped PEM as nginx's
 * {@code $ssl_client_escaped_cert}); Tomcat's SSLValve makes it the request's certificate, which
 * {@link PostStatusEndpoint} checks. The proxy must set that header itself on every request (and so overwrite one a
 * caller sent).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = ProxiedClientCertificate.HEADER)
class ProxiedClientCertificate {

	static final String HEADER = "sagsvagt.digital-post.serviceplatformen.client-certificate-header";

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> clientCertificateFromProxy(Environment environment) {
		String header = environment.getRequiredProperty(HEADER);
		return factory -> {
			SSLValve valve = new SSLValve();
			valve.setSslClientEscapedCertHeader(header);
			factory.addEngineValves(valve);
		};
	}
}
