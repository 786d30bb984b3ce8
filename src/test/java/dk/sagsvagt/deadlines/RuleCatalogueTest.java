package dk.sagsvagt.deadlines;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: the catalogue as the law stands on each day. Each version starts on its act's entry into force and cites
 * it; a start before the first version, or outside the calendar's years, is refused in Danish; a citizen's deadline
 * does not end on a closed day while the administration's own does; and for every version the explanation says what
 * the computation does.
 */
@IntegrationTest
class RuleCatalogueTest {

	private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	ResultActions calc(String rule, String start, String variant) throws Exception {
		fixtures.unitA();
		var request = get("/api/deadline-calculator").param("rule", rule).param("start", start);
		if (variant != null) {
			request.param("variant", variant);
		}
		return mvc.perform(request.with(httpBasic("test.a", Fixtures.PASSWORD)));
	}

	void refused(String rule, String start, String detail) throws Exception {
		calc(rule, start, null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("start"))
			.andExpect(jsonPath("$.detail").value(containsString(detail)));
	}

	@Test
	void aComplaintPeriodEndingOnGrundlovsdagChristmasEveOrNewYearsEveMovesToTheNextWorkingDay() throws Exception {
		// 8 May 2026 + 4 weeks = Friday 5 June 2026, Grundlovsdag: the citizen may complain on Monday 8 June
		calc("COMPLAINT_PERIOD", "2026-05-08", null).andExpect(jsonPath("$.due").value("2026-06-08"))
			.andExpect(jsonPath("$.explanation").value(containsString("05-06-2026, som er grundlovsdag; fristen udløber derfor 08-06-2026")));
		// 26 November 2025 + 4 weeks = Wednesday 24 December 2025; 25-26 December and the weekend follow
		calc("COMPLAINT_PERIOD", "2025-11-26", null).andExpect(jsonPath("$.due").value("2025-12-29"))
			.andExpect(jsonPath("$.explanation").value(containsString("som er juleaftensdag")));
		// 3 December 2025 + 4 weeks = Wednesday 31 December 2025; 1 January is a public holiday
		calc("COMPLAINT_PERIOD", "2025-12-03", null).andExpect(jsonPath("$.due").value("2026-01-02"))
			.andExpect(jsonPath("$.explanation").value(containsString("som er nytårsaftensdag")));
		// the administration's own deadline of 4 weeks keeps 24 December (closure days count unless configured)
		calc("RECONSIDERATION", "2025-11-26", null).andExpect(jsonPath("$.due").value("2025-12-24"));
	}

	@Test
	void everyRuleRefusesStartsAndDuesOutsideTheCalendarsYears() throws Exception {
		// before: a start in 9999 answered +10000-01-01T10:00+01:00
		refused("NOTIFICATION_ASSESSMENT", "9999-12-31T10:00", "fra 1. januar 1990 til 31. december 2100");
		refused("COMPLAINT_PERIOD", "9999-12-31", "fra 1. januar 1990 til 31. december 2100");
		refused("INQUIRY_REPLY", "1989-12-29", "fra 1. januar 1990 til 31. december 2100");
		// a start inside the range whose due falls after it
		refused("CHILD_ASSESSMENT", "2100-10-15", "fra 1. januar 1990 til 31. december 2100");
		refused("NOTIFICATION_ASSESSMENT", "2100-12-31T12:00", "fra 1. januar 1990 til 31. december 2100");
		calc("CHILD_ASSESSMENT", "2100-08-31", null).andExpect(jsonPath("$.due").value("2100-12-31"));
	}

	@Test
	void eachRuleAppliesFromItsOwnEntryIntoForceAndCitesIt() throws Exception {
		// the 24-hour assessment came with the package on abuse, 1 October 2013
		refused("NOTIFICATION_ASSESSMENT", "2013-09-30T10:00", "gælder for frister, der begynder den 1. oktober 2013 eller senere");
		calc("NOTIFICATION_ASSESSMENT", "2013-10-01T10:00", null).andExpect(jsonPath("$.due").value("2013-10-02T10:00+02:00"));
		// serviceloven and retssikkerhedsloven from 1 July 1998
		refused("COMPLAINT_PERIOD", "1998-06-30", "1. juli 1998");
		calc("COMPLAINT_PERIOD", "1998-07-01", null).andExpect(jsonPath("$.due").value("1998-07-29"));
		refused("CHILD_PLAN", "1998-06-30", "1. juli 1998");
		// an access request under the 1985 act: 10 days; under the 2013 act: 7 working days
		calc("ACCESS_REQUEST", "2013-12-20", null).andExpect(jsonPath("$.due").value("2013-12-30"))
			.andExpect(jsonPath("$.law").value("Offentlighedsloven af 1985 § 16, stk. 2"));
		calc("ACCESS_REQUEST", "2014-01-02", null).andExpect(jsonPath("$.due").value("2014-01-13"))
			.andExpect(jsonPath("$.law").value("Offentlighedsloven § 36, stk. 2; forvaltningsloven § 16, stk. 2"));

		JsonNode rules = rules();
		for (JsonNode rule : rules) {
			assertThat(rule.get("source").asString()).as(rule.get("code").asString() + " cites the source of its start date")
				.isNotBlank();
			assertThat(rule.get("effectiveFrom").asString()).isNotNull();
		}
		assertThat(versions(rules, "NOTIFICATION_ASSESSMENT")).containsExactly("2013-10-01", "2024-01-01");
		assertThat(versions(rules, "ACCESS_REQUEST")).containsExactly("1990-01-01", "2014-01-01");
		assertThat(versions(rules, "COMPLAINT_PERIOD")).containsExactly("1998-07-01");
		assertThat(source(rules, "ACCESS_REQUEST", "2014-01-01")).contains("lov nr. 606 af 12/06/2013");
	}

	/**
	 * For every version of every rule with a length: computed from a day it is in force, the explanation names the
	 * length the computation used ("24 timer", "6 hverdage", "4 uger") and the due date it came to; a rule that moves
	 * off closed days says so, and one that does not never claims to.
	 */
	@Test
	void everyRulesExplanationAgreesWithItsComputation() throws Exception {
		List<String> checked = new ArrayList<>();
		for (JsonNode rule : rules()) {
			String code = rule.get("code").asString();
			String variant = rule.get("variant").asString();
			String unit = rule.get("unit").asString();
			String explanation = rule.get("explanation").asString();
			LocalDate from = LocalDate.parse(rule.get("effectiveFrom").asString());
			LocalDate start = from.isBefore(LocalDate.of(2000, 1, 1)) ? LocalDate.of(2010, 3, 3) : from.plusDays(20);
			boolean movesToWorkingDay = rule.get("movesToWorkingDay").asBoolean();
			assertThat(explanation.contains("følgende hverdag")).as(code + "/" + variant + ": says it moves off closed days")
				.isEqualTo(movesToWorkingDay);
			if (unit.equals("LOCAL_LIMIT")) {
				// the law sets no length: the explanation says so, and the computation names the municipality's own
				assertThat(explanation).as(code + "/" + variant).contains("Loven fastsætter ingen frist");
				String at = from.plusDays(20).toString();
				JsonNode computed = new ObjectMapper().readTree(calc(code, at, variant).andExpect(status().isOk()).andReturn()
					.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
				assertThat(computed.get("explanation").asString()).as(code + "/" + variant).contains("kommunens egen frist")
					.contains(DANISH_DATE.format(LocalDate.parse(computed.get("due").asString())));
				checked.add(code + "/" + variant + "@" + from);
				continue;
			}
			if (rule.get("amount") == null || rule.get("amount").isNull()) {
				continue;
			}
			int amount = rule.get("amount").asInt();
			String length = switch (unit) {
				case "HOURS" -> amount + " timer";
				case "WORKING_DAYS" -> "(" + amount + " hverdage|" + amount + " arbejdsdage)";
				case "CALENDAR_DAYS" -> amount + " dage";
				case "WEEKS" -> amount + " uger";
				case "MONTHS" -> "(" + amount + " måneder|" + amount + "\\. måned)";
				default -> throw new AssertionError(unit);
			};
			assertThat(explanation).as(code + "/" + variant + " from " + from).containsPattern(Pattern.compile(length));
			String at = unit.equals("HOURS") ? start + "T10:00" : start.toString();
			JsonNode computed = new ObjectMapper().readTree(calc(code, at, variant).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
			String due = computed.get("due").asString();
			String shown = unit.equals("HOURS") ? DANISH_DATE.format(java.time.OffsetDateTime.parse(due)) + " kl. "
					+ due.substring(11, 16) : DANISH_DATE.format(LocalDate.parse(due));
			assertThat(computed.get("explanation").asString()).as(code + "/" + variant).contains(shown)
				.containsPattern(Pattern.compile(length.replace("måneder|" + amount + "\\. måned", "måneder")
					.replace("hverdage|" + amount + " arbejdsdage", "hverdage"))).contains(computed.get("law").asString());
			checked.add(code + "/" + variant + "@" + from);
		}
		assertThat(checked).hasSizeGreaterThan(15);
	}

	private JsonNode rules() throws Exception {
		fixtures.unitA();
		return new ObjectMapper().readTree(mvc.perform(get("/api/rules").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static List<String> versions(JsonNode rules, String code) {
		List<String> versions = new ArrayList<>();
		rules.forEach(r -> {
			if (r.get("code").asString().equals(code) && !versions.contains(r.get("effectiveFrom").asString())) {
				versions.add(r.get("effectiveFrom").asString());
			}
		});
		return versions;
	}

	private static String source(JsonNode rules, String code, String from) {
		for (JsonNode r : rules) {
			if (r.get("code").asString().equals(code) && r.get("effectiveFrom").asString().equals(from)) {
				return r.get("source").asString();
			}
		}
		throw new AssertionError(code + " " + from);
	}
}
