package dk.sagsvagt.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.IntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 18, "read Danish everywhere": every page and every export a person opens — each GET of the access matrix, as
 * each role that may open it, on the matrix's data — shows no code name, no ISO date and no user name. What a person
 * reads is the page's text and the attributes a screen reader speaks, a PDF's text, a workbook's cells, a CSV's
 * fields; the JSON API is for machines and keeps its codes.
 */
@IntegrationTest
class DanishEverywhereTest {

	/** Abbreviations a Danish reader knows; every other word in capitals is a code that escaped a label. */
	static final Set<String> ABBREVIATIONS = Set.of("CPR", "KLE", "PDF", "CSV", "XLSX", "ZIP", "API", "ID", "OK", "GDPR", "HTML",
			"SSO", "CVR", "EAN", "FAQ", "OIDC", "JSON", "SHA", "UTC", "NB", "BPA", "IT", "MB", "KB", "GB", "KL", "XML");

	/**
	 * A KLE handlingsfacet (G01, A53): KL's own public notation, printed on case files like a KLE number, not a code
	 * name of ours.
	 */
	static final Pattern KLE_FACET = Pattern.compile("[APSØGKI]\\d{2}");

	/**
	 * A word in capitals (letters, digits, underscores) of two or more characters; not the start of a reference a
	 * person typed or a body gave ({@code BR-2026-017}).
	 */
	static final Pattern CAPITALS = Pattern.compile("(?<![\\p{L}\\d_.-])[A-ZÆØÅ][A-ZÆØÅ0-9_]+(?![\\p{L}\\d_]|-\\d)");

	/** 2026-12-05 but not a case number (2026-0000123) or a document number (2026-0000123-004). */
	static final Pattern ISO_DATE = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}-\\d{2}(?![\\d-])");

	/** A value that was not there, printed as Java prints it ("Stillet i bero siden : null"). */
	static final Pattern NULL = Pattern.compile("(?<![\\p{L}\\d_])null(?![\\p{L}\\d_])");

	/** The test organisation's user names ({@code test.a}, {@code test.leader.a}). */
	static final Pattern USER_NAME = Pattern.compile("(?<![\\p{L}.])test\\.[a-z][a-z0-9.]*");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	MatrixCases.Ids inScope;

	@BeforeEach
	void matrixData() {
		inScope = new MatrixCases(context).inScope;
	}

	@Test
	void everyPageAndExportSpeaksDanish() throws Exception {
		List<String> wrong = new ArrayList<>();
		int read = 0;
		for (AccessMatrixTest.Endpoint endpoint : AccessMatrixTest.ENDPOINTS) {
			if (!readByPeople(endpoint)) {
				continue;
			}
			for (Map.Entry<String, StaffRole> u : AccessMatrixTest.USERS.entrySet()) {
				AccessMatrixTest.Target target = endpoint.needs() == AccessMatrixTest.Target.NONE ? AccessMatrixTest.Target.NONE
						: AccessMatrixTest.Target.IN_SCOPE;
				if (!AccessMatrixTest.expected(u.getValue(), endpoint, target)) {
					continue;
				}
				var request = endpoint.request().apply(inScope);
				request.with(endpoint.api() ? httpBasic(u.getKey(), dk.sagsvagt.support.Fixtures.PASSWORD)
						: user(users.loadUserByUsername(u.getKey())));
				MvcResult result = mvc.perform(request).andReturn();
				if (result.getResponse().getStatus() != 200) {
					continue;
				}
				read++;
				String where = endpoint.key() + " as " + u.getKey();
				wrong.addAll(problems(where, visibleText(result)));
			}
		}
		java.nio.file.Files.write(java.nio.file.Path.of("target", "danish-everywhere.txt"), new TreeSet<>(wrong));
		assertThat(read).as("pages and exports read").isGreaterThan(100);
		assertThat(new TreeSet<>(wrong)).isEmpty();
	}

	/** The matrix's GETs a person opens: pages, fragments, letters and exports; of the API only the log extract (a CSV). */
	static boolean readByPeople(AccessMatrixTest.Endpoint endpoint) {
		return endpoint.key().startsWith("GET ") && (!endpoint.api() || endpoint.key().equals("GET /api/access-log/cases"));
	}

	static List<String> problems(String where, String text) {
		List<String> found = new ArrayList<>();
		Matcher capitals = CAPITALS.matcher(text);
		while (capitals.find()) {
			if (!ABBREVIATIONS.contains(capitals.group()) && !KLE_FACET.matcher(capitals.group()).matches()) {
				found.add(where + ": code " + capitals.group() + " in «" + around(text, capitals) + "»");
			}
		}
		Matcher iso = ISO_DATE.matcher(text);
		while (iso.find()) {
			found.add(where + ": ISO date in «" + around(text, iso) + "»");
		}
		Matcher name = USER_NAME.matcher(text);
		while (name.find()) {
			found.add(where + ": user name in «" + around(text, name) + "»");
		}
		Matcher nothing = NULL.matcher(text);
		while (nothing.find()) {
			found.add(where + ": a missing value printed as «" + around(text, nothing) + "»");
		}
		return found;
	}

	static String around(String text, Matcher m) {
		return text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40)).replaceAll("\\s+", " ").trim();
	}

	/** What a person reads in the answer, by its type. */
	static String visibleText(MvcResult result) throws Exception {
		byte[] bytes = result.getResponse().getContentAsByteArray();
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String type = String.valueOf(result.getResponse().getContentType());
		if (type.startsWith("text/html")) {
			return htmlText(body);
		}
		if (type.contains("json")) {
			return "";
		}
		if (type.contains("spreadsheetml")) {
			return cells(bytes);
		}
		return MatrixCases.readable(bytes, body);
	}

	/** Each cell of each sheet as Excel shows it (a date cell by its format), and each sheet's name. */
	static String cells(byte[] xlsx) throws Exception {
		StringBuilder text = new StringBuilder();
		var shown = new org.apache.poi.ss.usermodel.DataFormatter(java.util.Locale.forLanguageTag("da-DK"));
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			for (var sheet : workbook) {
				text.append(sheet.getSheetName()).append('\n');
				for (var row : sheet) {
					for (var cell : row) {
						text.append(shown.formatCellValue(cell)).append('\t');
					}
					text.append('\n');
				}
			}
		}
		return text.toString();
	}

	/**
	 * Not read as text: scripts, styles, comments, and the login name an administrator manages an account by (marked
	 * {@code class="login"} on the account pages, the one place a user name is shown).
	 */
	private static final Pattern HIDDEN = Pattern.compile(
			"(?is)<script\\b.*?</script>|<style\\b.*?</style>|<!--.*?-->|<(td|span) class=\"login\"[^>]*>[^<]*</\\1>");

	private static final Pattern SPOKEN = Pattern.compile("(?i)\\s(?:title|aria-label|placeholder|alt|aria-description)=\"([^\"]*)\"");

	private static final Pattern BUTTON_VALUE = Pattern.compile("(?i)<input[^>]*type=\"(?:submit|button)\"[^>]*value=\"([^\"]*)\"");

	/** A page's text nodes and the attributes a screen reader speaks; tags, scripts and other attributes are not read. */
	static String htmlText(String html) {
		String shown = HIDDEN.matcher(html).replaceAll(" ");
		StringBuilder text = new StringBuilder();
		for (Pattern attribute : List.of(SPOKEN, BUTTON_VALUE)) {
			Matcher m = attribute.matcher(shown);
			while (m.find()) {
				text.append(m.group(1)).append('\n');
			}
		}
		text.append(shown.replaceAll("(?s)<[^>]*>", " "));
		return text.toString().replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&quot;", "\"").replace("&#39;", "'");
	}

}
