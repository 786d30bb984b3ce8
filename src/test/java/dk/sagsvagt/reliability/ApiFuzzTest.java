package dk.sagsvagt.reliability;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.journal.internal.FileStoreProperties;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fuzz pass over every operation of the OpenAPI document, on the real HTTP port: bad path values (wrong types, huge
 * numbers, path traversal, SQL and script payloads, odd Unicode), bad query values, and bodies that are missing,
 * malformed, of the wrong type in every property, huge or full of payloads, and uploads with hostile file names. Every
 * answer must be a success or a 4xx problem+json, never a 5xx; a refused write must leave every register as it was;
 * the file store holds only content-addressed names.
 */
@IntegrationTest
class ApiFuzzTest {

	/** Values that a path or query parameter should never trip over. */
	static final List<String> BAD_VALUES = List.of("", "abc", "-1", "0", "99999999999999999999999", "1.5e309", "NaN", "null", "true",
			"2024-02-30", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "' OR '1'='1' --",
			"'; DROP TABLE cases.case_file; --", "<script>alert(1)</script>", "\u202eevil\u202c", "Ærø Åby 𝕊𝕒𝕘 😀", "ﬀ\u0301\u200d",
			"%00", "x".repeat(5_000), "0101901234", "${jndi:ldap://localhost/x}", "{{7*7}}");

	/** Property values of every JSON type, to put where another is expected, and the string payloads. */
	static final List<Object> BAD_PROPERTIES = List.of(12345, -9_999_999_999_999L, 1.0e308, true, List.of("x", 1), Map.of("a", 1),
			"' OR 1=1 --", "<img src=x onerror=alert(1)>", "../../etc/passwd", "\u0000\u0001\u001f", "\uFEFF\u202e😀𝕊", "y".repeat(200_000),
			"2024-13-45", "9999-12-31", "-0001-01-01");

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	@LocalServerPort
	int port;

	@Autowired
	FileStoreProperties files;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final List<String> failures = new ArrayList<>();

	int requests;

	String registers;

	@Test
	void everyOperationAnswersBadInputWithA4xxProblemAndSavesNothing() throws Exception {
		fixtures.unitA();
		String ownCase = fixtures.caseIn(fixtures.unitA(), "Sag til fuzztest").caseNumber();
		registers = registersQuery();
		JsonNode openApi = json.readTree(send("GET", "/v3/api-docs", null, null, null).body());
		JsonNode schemas = openApi.path("components").path("schemas");
		for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				fuzz(path.getKey(), operation.getKey().toUpperCase(), operation.getValue(), schemas, ownCase);
			}
		}
		assertThat(requests).as("requests sent").isGreaterThan(1_000);
		assertThat(failures).as(failures.size() + " of " + requests + " answers").isEmpty();
		Path fileStore = files.dir().toAbsolutePath().normalize();
		try (Stream<Path> stored = Files.walk(fileStore)) {
			assertThat(stored.filter(Files::isRegularFile).filter(f -> !f.startsWith(fileStore.resolve("tmp"))).map(f -> f.getFileName().toString()))
				.allMatch(name -> name.matches("[0-9a-f]{64}"), "content-addressed name");
		}
	}

	private void fuzz(String template, String method, JsonNode operation, JsonNode schemas, String ownCase) throws Exception {
		String user = template.startsWith("/api/admin") || template.startsWith("/api/access-log") || template.contains("/bodies")
				|| template.contains("/deactivation") ? "test.admin" : "test.director";
		Map<String, String> good = new LinkedHashMap<>();
		Matcher variables = PATH_VARIABLE.matcher(template);
		while (variables.find()) {
			// a real case of the test's own where a case number is asked for; ids only ever get values that exist nowhere
			good.put(variables.group(1), variables.group(1).equals("caseNumber") ? ownCase : "987654321");
		}
		String goodPath = fill(template, good);
		JsonNode bodySchema = bodySchema(operation, schemas);
		// bad path values, one variable at a time
		for (String variable : good.keySet()) {
			for (String bad : BAD_VALUES) {
				Map<String, String> values = new LinkedHashMap<>(good);
				values.put(variable, bad);
				check(method, fill(template, values), bodySchema == null ? null : "{}", user);
			}
		}
		// bad query values
		for (JsonNode parameter : operation.path("parameters")) {
			if ("query".equals(parameter.path("in").asString())) {
				for (String bad : BAD_VALUES) {
					check(method, goodPath + "?" + parameter.get("name").asString() + "=" + encode(bad), bodySchema == null ? null : "{}", user);
				}
			}
		}
		if (bodySchema == null) {
			check(method, goodPath, null, user);
			return;
		}
		if (operation.path("requestBody").path("content").has("multipart/form-data")) {
			upload(method, goodPath, user);
		}
		for (String raw : List.of("", "{", "[]", "null", "\"text\"", "{\"a\":", "{}", "{\"\u0000\":1}")) {
			check(method, goodPath, raw, user);
		}
		List<String> properties = new ArrayList<>();
		resolve(bodySchema, schemas).path("properties").propertyNames().forEach(properties::add);
		for (Object bad : BAD_PROPERTIES) {
			ObjectNode body = json.createObjectNode();
			for (String property : properties) {
				body.set(property, json.valueToTree(bad));
			}
			check(method, goodPath, json.writeValueAsString(body), user);
		}
	}

	/** A file upload whose name tries to climb out of the file store. */
	private void upload(String method, String path, String user) throws Exception {
		for (String name : List.of("../../../../tmp/fuzz-escape.txt", "..\\..\\fuzz.txt", "/etc/passwd", "a\u0000b.txt", "😀.txt", "")) {
			String boundary = "fuzzgraense";
			String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
					+ "\"\r\nContent-Type: text/plain\r\n\r\nFuzz-indhold\r\n--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + name + "\r\n--" + boundary + "--\r\n";
			check(method, path, body, user, "multipart/form-data; boundary=" + boundary);
		}
		assertThat(Path.of("/tmp/fuzz-escape.txt")).doesNotExist();
	}

	private void check(String method, String path, String body, String user) throws Exception {
		check(method, path, body, user, "application/json");
	}

	private void check(String method, String path, String body, String user, String contentType) throws Exception {
		boolean writes = !method.equals("GET");
		String before = writes ? jdbc.queryForObject(registers, String.class) : null;
		HttpResponse<String> answer = send(method, path, body, user, contentType);
		requests++;
		int status = answer.statusCode();
		String what = method + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " body "
				+ (body == null ? "none" : body.length() > 80 ? body.substring(0, 80) + "…" : body) + " → " + status;
		if (status >= 500) {
			failures.add(what + ": " + (answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body()));
		}
		else if (status >= 400) {
			String type = answer.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("application/problem+json")) {
				failures.add(what + ": not problem+json but " + type);
			}
			if (writes && !before.equals(jdbc.queryForObject(registers, String.class))) {
				failures.add(what + ": refused, but a register changed");
			}
		}
	}

	private HttpResponse<String> send(String method, String path, String body, String user, String contentType) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String fill(String template, Map<String, String> values) {
		String path = template;
		for (Map.Entry<String, String> v : values.entrySet()) {
			path = path.replace("{" + v.getKey() + "}", encode(v.getValue()));
		}
		return path;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static JsonNode bodySchema(JsonNode operation, JsonNode schemas) {
		JsonNode content = operation.path("requestBody").path("content");
		if (content.isMissingNode() || content.isEmpty()) {
			return null;
		}
		JsonNode media = content.has("application/json") ? content.get("application/json") : content.iterator().next();
		return media.path("schema");
	}

	private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
	}

	/**
	 * One query that counts the rows of every register (all tables but the access log, which records refused reads
	 * too, and the event publication registry), so that a refused write can be shown to have changed nothing.
	 */
	private String registersQuery() {
		List<String> tables = jdbc.queryForList("""
				SELECT format('%I.%I', table_schema, table_name) FROM information_schema.tables t
				WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema', 'access', 'public')
				  AND NOT EXISTS (SELECT 1 FROM pg_inherits i WHERE i.inhrelid = format('%I.%I', table_schema, table_name)::regclass)
				ORDER BY 1""", String.class);
		return "SELECT concat_ws(',', " + String.join(", ", tables.stream().map(t -> "'" + t + "=' || (SELECT count(*) FROM " + t + ")").toList())
				+ ")";
	}
}
