package dk.sagsvagt.shared.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Control characters (NUL and the other C0 and C1 codes, DEL) are refused in every parameter and in JSON bodies,
 * escaped ({@code \u0000}) or not: PostgreSQL's text cannot hold NUL, so they ended as a 500, and no one writes them
 * on purpose. Tab, carriage return and line feed stay allowed in free text. A multipart request is checked here only
 * in its address: its parts are read later, by Spring (within the upload limit), and its fields are checked then by
 * {@link ControlCharactersInParts}; a file's content is never looked at.
 * <p>
 * A JSON body is buffered to be checked, so it is read only up to {@code sagsvagt.security.max-json-body}: a larger
 * one is answered 413 before more than that is held in memory.
 */
@Component
@Order(-99) // right after Spring Security's filters (-100): a stranger gets 401 before the body is read
class ControlCharacters extends OncePerRequestFilter {

	static final String DETAIL = "Forespørgslen indeholder et kontroltegn (fx NUL), som ikke er tilladt. Intet er gemt.";

	private static final String TOO_LARGE = "Forespørgslen er for stor (højst %d kB). Intet er gemt.";

	private final int maxJsonBody;

	ControlCharacters(@Value("${sagsvagt.security.max-json-body:1MB}") DataSize maxJsonBody) {
		this.maxJsonBody = (int) Math.min(Integer.MAX_VALUE - 1, maxJsonBody.toBytes());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
		HttpServletRequest checked = request;
		boolean refused;
		if (type.startsWith("multipart/")) {
			refused = hasControl(decoded(request.getQueryString()));
		}
		else {
			refused = anyParameterHasControl(request.getParameterMap());
			if (!refused && type.contains("json")) {
				BufferedBody body = BufferedBody.read(request, maxJsonBody);
				if (body == null) {
					ErrorAnswers.write(response, ErrorAnswers.isApi(request.getRequestURI().substring(request.getContextPath().length())),
							413, "too-large", "Forespørgslen er for stor", TOO_LARGE.formatted(maxJsonBody / 1024));
					return;
				}
				checked = body;
				refused = jsonHasControl(body.text());
			}
		}
		if (refused) {
			ErrorAnswers.write(response, ErrorAnswers.isApi(request.getRequestURI().substring(request.getContextPath().length())),
					400, "invalid-input", "Ugyldige oplysninger", DETAIL);
			return;
		}
		chain.doFilter(checked, response);
	}

	static boolean anyParameterHasControl(Map<String, String[]> parameters) {
		for (Map.Entry<String, String[]> p : parameters.entrySet()) {
			if (hasControl(p.getKey())) {
				return true;
			}
			for (String value : p.getValue()) {
				if (hasControl(value)) {
					return true;
				}
			}
		}
		return false;
	}

	static boolean isControl(int c) {
		return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
	}

	static boolean hasControl(String text) {
		return text != null && text.chars().anyMatch(ControlCharacters::isControl);
	}

	/** Raw control characters, and escaped ones: {@code \u0000}–{@code \u001f} but tab and line breaks, {@code \b}, {@code \f}. */
	static boolean jsonHasControl(String json) {
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (isControl(c)) {
				return true;
			}
			if (c == '\\' && i + 1 < json.length()) {
				char next = json.charAt(++i);
				if (next == 'b' || next == 'f') {
					return true;
				}
				if (next == 'u' && i + 4 < json.length()) {
					try {
						if (isControl(Integer.parseInt(json.substring(i + 1, i + 5), 16))) {
							return true;
						}
					}
					catch (NumberFormatException e) {
						return false; // not JSON; the parser says so
					}
					i += 4;
				}
			}
		}
		return false;
	}

	private static String decoded(String query) {
		try {
			return query == null ? null : java.net.URLDecoder.decode(query, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return query;
		}
	}

	/** The request with its body read once, so it can be checked here and parsed later. */
	private static final class BufferedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		private BufferedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		/** The request with its body, or null when the body is longer than {@code max} bytes (never read further). */
		static BufferedBody read(HttpServletRequest request, int max) throws IOException {
			if (request.getContentLengthLong() > max) {
				return null;
			}
			byte[] body = request.getInputStream().readNBytes(max + 1);
			return body.length > max ? null : new BufferedBody(request, body);
		}

		String text() {
			return new String(body, charset());
		}

		private Charset charset() {
			try {
				return getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
			}
			catch (RuntimeException e) {
				return StandardCharsets.UTF_8;
			}
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset()));
		}
	}
}
