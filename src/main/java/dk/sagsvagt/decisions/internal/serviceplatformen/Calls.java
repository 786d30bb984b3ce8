package dk.sagsvagt.decisions.internal.serviceplatformen;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;

import javax.net.ssl.SSLException;

/** One call to Serviceplatformen, with its faults said in Danish: a timeout, a TLS failure, no connection. */
final class Calls {

	/** Largest answer read from the service; its answers are small. */
	static final int MAX_ANSWER = 1 << 20;

	private Calls() {
	}

	static HttpResponse<String> send(HttpClient http, HttpRequest request, String what) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.body() != null && response.body().length() > MAX_ANSWER) {
				throw new DigitalPostException(what + " svarede med mere end " + MAX_ANSWER + " tegn.");
			}
			return response;
		}
		catch (HttpTimeoutException e) {
			throw new DigitalPostException(what + " svarede ikke inden for tidsgrænsen.", e);
		}
		catch (SSLException e) {
			throw new DigitalPostException("TLS-forbindelsen til " + what + " kunne ikke oprettes (certifikat): " + e.getMessage(), e);
		}
		catch (IOException e) {
			throw new DigitalPostException(what + " kunne ikke nås: " + e.getClass().getSimpleName(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DigitalPostException(what + ": kaldet blev afbrudt.", e);
		}
	}
}
