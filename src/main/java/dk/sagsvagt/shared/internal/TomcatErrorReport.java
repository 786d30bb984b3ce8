package dk.sagsvagt.shared.internal;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Tomcat answers itself, before the application sees the request (a {@code %00} in the address, a header too
 * large): problem+json under {@code /api}, a Danish page elsewhere, instead of Tomcat's English page with its version.
 */
public class TomcatErrorReport extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		String uri = request.getCoyoteRequest().requestURI().toString();
		boolean api = ErrorAnswers.isApi(uri);
		try {
			ErrorAnswers.write(response, api, status, status == 413 ? "too-large" : status >= 500 ? "internal" : "bad-request",
					ErrorAnswers.title(status), ErrorAnswers.detail(status));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException e) {
			// the client has gone; nothing to answer
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Installation {

		@Bean
		TomcatContextCustomizer danishTomcatErrors() {
			return context -> {
				if (context.getParent() instanceof StandardHost host) {
					host.setErrorReportValveClass(TomcatErrorReport.class.getName());
				}
			};
		}
	}
}
