package dk.sagsvagt.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.UnruledEndpoints;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Every endpoint × every role × a case in the user's scope and one outside it. The expected outcome comes from the
 * table below, written apart from the policy; every read and every refusal must leave a row in the access log.
 * A new endpoint fails {@link #everyEndpointIsInTheMatrix} until it is added here.
 */
@IntegrationTest
class AccessMatrixTest {

	enum Target {
		NONE, IN_SCOPE, OUT_OF_SCOPE,
		/** In every user's scope, specially protected with a reader who is none of the matrix's users. */
		PROTECTED
	}

	/** What each role may do, independently of the production table. */
	static final Map<StaffRole, Set<Action>> MAY;

	static {
		Set<Action> caseWork = EnumSet.of(Action.VIEW_CASE, Action.LIST_CASES, Action.VIEW_DOCUMENT, Action.DOWNLOAD,
				Action.SEARCH, Action.VIEW_CPR, Action.CREATE_CASE, Action.JOURNAL, Action.EDIT_CASE);
		Set<Action> leading = EnumSet.copyOf(caseWork);
		leading.add(Action.SUPERVISE);
		leading.add(Action.ANSWER_OVERSIGHT);
		leading.add(Action.LEAD);
		MAY = Map.of(StaffRole.CASEWORKER, caseWork, StaffRole.TEAM_LEADER, leading, StaffRole.UNIT_LEADER, leading,
				StaffRole.CENTRE_LEADER, leading,
				StaffRole.SUPERVISION_LAWYER, EnumSet.of(Action.VIEW_CASE, Action.LIST_CASES, Action.VIEW_DOCUMENT,
						Action.DOWNLOAD, Action.SEARCH, Action.VIEW_CPR, Action.SUPERVISE, Action.ANSWER_OVERSIGHT,
						Action.CASE_LOG_EXTRACT),
				StaffRole.ADMINISTRATOR, EnumSet.of(Action.ADMINISTER, Action.VERIFY_LOG, Action.CITIZEN_EXTRACT, Action.CASE_LOG_EXTRACT,
						Action.MIGRATE),
				StaffRole.OMBUDSMAN, EnumSet.of(Action.VIEW_DOCUMENT, Action.DOWNLOAD),
				StaffRole.APPEALS_BOARD, EnumSet.of(Action.VIEW_DOCUMENT, Action.DOWNLOAD));
	}

	/** One user per role; each has case X in scope (for the bodies: X's first document is disclosed to them). */
	static final Map<String, StaffRole> USERS = Map.of("test.a", StaffRole.CASEWORKER, "test.team", StaffRole.TEAM_LEADER,
			"test.leader.a", StaffRole.UNIT_LEADER, "test.centre", StaffRole.CENTRE_LEADER, "test.jurist",
			StaffRole.SUPERVISION_LAWYER, "test.admin", StaffRole.ADMINISTRATOR, "test.ombud", StaffRole.OMBUDSMAN,
			"test.anke", StaffRole.APPEALS_BOARD);

	record Endpoint(String key, Action action, Target needs, boolean api, Function<MatrixCases.Ids, AbstractMockHttpServletRequestBuilder<?>> request) {
	}

	static Endpoint web(String key, Action action, Target needs, Function<MatrixCases.Ids, AbstractMockHttpServletRequestBuilder<?>> request) {
		return new Endpoint(key, action, needs, false, request);
	}

	static Endpoint api(String key, Action action, Target needs, Function<MatrixCases.Ids, AbstractMockHttpServletRequestBuilder<?>> request) {
		return new Endpoint(key, action, needs, true, request);
	}

	static final Target CASE = Target.IN_SCOPE;

	static final List<Endpoint> ENDPOINTS = List.of(
			web("GET /", null, Target.NONE, ids -> get("/")),
			web("GET /cases/mine", Action.LIST_CASES, Target.NONE, ids -> get("/cases/mine")),
			web("GET /cases/unit", Action.LIST_CASES, Target.NONE, ids -> get("/cases/unit")),
			web("GET /cases/new", Action.CREATE_CASE, Target.NONE, ids -> get("/cases/new")),
			web("POST /cases/new", Action.CREATE_CASE, Target.NONE, ids -> post("/cases/new").param("caseType", "NOTIFICATION")
				.param("title", "Matrixoprettet").param("citizenCpr", Fixtures.newChildCpr()).param("citizenName", "Mads Matrix")),
			web("GET /cases/{caseNumber}", Action.VIEW_CASE, CASE, ids -> get("/cases/" + ids.caseNumber())),
			web("GET /cases/{caseNumber}/parties/{citizenId}/cpr", Action.VIEW_CPR, CASE,
					ids -> get("/cases/" + ids.caseNumber() + "/parties/" + ids.citizenId() + "/cpr")),
			web("POST /cases/{caseNumber}/parties", Action.EDIT_CASE, CASE,
					ids -> post("/cases/" + ids.caseNumber() + "/parties").param("cpr", "99").param("role", "PARENT")),
			web("POST /cases/{caseNumber}/status", Action.EDIT_CASE, CASE,
					ids -> post("/cases/" + ids.caseNumber() + "/status").param("status", "OPEN")),
			web("GET /cases/{caseNumber}/journal", Action.VIEW_CASE, CASE, ids -> get("/cases/" + ids.caseNumber() + "/journal")),
			web("GET /cases/{caseNumber}/documents/new", Action.JOURNAL, CASE,
					ids -> get("/cases/" + ids.caseNumber() + "/documents/new")),
			web("POST /cases/{caseNumber}/documents", Action.JOURNAL, CASE,
					ids -> multipart("/cases/" + ids.caseNumber() + "/documents").param("title", "Uden tekst")),
			web("GET /documents/{documentNumber}", Action.VIEW_DOCUMENT, CASE, ids -> get("/documents/" + ids.documentNumber())),
			web("GET /documents/{documentNumber}/content", Action.DOWNLOAD, CASE,
					ids -> get("/documents/" + ids.documentNumber() + "/content")),
			web("GET /search", Action.SEARCH, Target.NONE, ids -> get("/search").param("q", "matrixsag")),
			web("GET /citizens/{citizenId}", Action.LIST_CASES, CASE, ids -> get("/citizens/" + ids.citizenId())),
			web("GET /citizens/{citizenId}/cpr", Action.VIEW_CPR, CASE, ids -> get("/citizens/" + ids.citizenId() + "/cpr")),
			web("GET /citizens/{citizenId}/deadlines", Action.LIST_CASES, CASE, ids -> get("/citizens/" + ids.citizenId() + "/deadlines")),
			web("GET /disclosures", null, Target.NONE, ids -> get("/disclosures")),
			web("GET /admin/users", Action.ADMINISTER, Target.NONE, ids -> get("/admin/users")),
			web("GET /admin/users/{username}", Action.ADMINISTER, Target.NONE, ids -> get("/admin/users/test.c")),
			web("GET /admin/extract", Action.ADMINISTER, Target.NONE, ids -> get("/admin/extract")),
			web("GET /admin/protection", Action.ADMINISTER, Target.NONE, ids -> get("/admin/protection")),
			web("POST /admin/users", Action.ADMINISTER, Target.NONE, ids -> post("/admin/users").param("username", "X")
				.param("fullName", "").param("role", "CASEWORKER").param("password", "kort")),
			web("GET /admin/units", Action.ADMINISTER, Target.NONE, ids -> get("/admin/units")),
			web("GET /admin/units/{id}", Action.ADMINISTER, Target.NONE, ids -> get("/admin/units/1")),
			web("POST /admin/units/{id}", Action.ADMINISTER, Target.NONE, ids -> post("/admin/units/1").param("phone", "1")),
			web("POST /admin/users/{username}/title", Action.ADMINISTER, Target.NONE,
					ids -> post("/admin/users/test.c/title").param("title", "")),
			web("GET /admin/limits", Action.ADMINISTER, Target.NONE, ids -> get("/admin/limits")),
			web("GET /admin/digital-post", Action.ADMINISTER, Target.NONE, ids -> get("/admin/digital-post")),
			web("GET /admin/kle", Action.ADMINISTER, Target.NONE, ids -> get("/admin/kle")),
			web("POST /admin/kle/import", Action.ADMINISTER, Target.NONE, ids -> post("/admin/kle/import").param("source", "")),
			web("POST /admin/kle/case-types", Action.ADMINISTER, Target.NONE, ids -> post("/admin/kle/case-types").param("kle", "x")),
			web("POST /admin/limits", Action.ADMINISTER, Target.NONE, ids -> post("/admin/limits").param("benefit", "")
				.param("legalBasis", "").param("unit", "WEEKS")),
			web("POST /admin/local-limits", Action.ADMINISTER, Target.NONE, ids -> post("/admin/local-limits")
				.param("ruleCode", "ABUSE_CONVERSATION").param("reason", "")),
			web("POST /admin/units", Action.ADMINISTER, Target.NONE, ids -> post("/admin/units").param("centreId", "1")
				.param("name", "")),
			web("POST /admin/protection", Action.ADMINISTER, Target.NONE, ids -> post("/admin/protection").param("reason", "")
				.param("readers", "")),
			web("POST /admin/protection/body-grants", Action.ADMINISTER, Target.NONE, ids -> post("/admin/protection/body-grants")
				.param("caseNumber", "2000-0000000").param("body", "APPEALS_BOARD").param("reason", "")),
			web("POST /admin/users/{username}/role", Action.ADMINISTER, Target.NONE,
					ids -> post("/admin/users/test.c/role").param("role", "CASEWORKER")),
			web("POST /admin/extract", Action.CITIZEN_EXTRACT, Target.NONE, ids -> post("/admin/extract").param("cpr", "0101901234")
				.param("from", "2000-01-01").param("to", "2000-12-31")),
			web("POST /admin/users/{username}/scope", Action.ADMINISTER, Target.NONE,
					ids -> post("/admin/users/test.c/scope").param("scope", "UNIT")),
			api("GET /api/case-types", null, Target.NONE, ids -> get("/api/case-types")),
			api("GET /api/calendar/{year}", null, Target.NONE, ids -> get("/api/calendar/2025")),
			api("GET /api/rules", null, Target.NONE, ids -> get("/api/rules")),
			api("GET /api/deadline-calculator", null, Target.NONE, ids -> get("/api/deadline-calculator").param("rule", "CHILD_ASSESSMENT")
				.param("start", "2024-10-31")),
			web("GET /deadline-calculator", null, Target.NONE, ids -> get("/deadline-calculator")),
			web("GET /deadlines/mine", Action.LIST_CASES, Target.NONE, ids -> get("/deadlines/mine")),
			web("GET /deadlines/unit", Action.LIST_CASES, Target.NONE, ids -> get("/deadlines/unit")),
			web("GET /frister", null, Target.NONE, ids -> get("/frister")),
			web("GET /deadlines/statistics", null, Target.NONE, ids -> get("/deadlines/statistics")),
			web("GET /deadlines/statistics.csv", null, Target.NONE, ids -> get("/deadlines/statistics.csv")),
			web("GET /deadlines/statistics.xlsx", null, Target.NONE, ids -> get("/deadlines/statistics.xlsx")),
			api("GET /api/deadlines/statistics", null, Target.NONE, ids -> get("/api/deadlines/statistics")),
			web("GET /cases/{caseNumber}/deadlines", Action.VIEW_CASE, CASE, ids -> get("/cases/" + ids.caseNumber() + "/deadlines")),
			web("POST /cases/{caseNumber}/deadline-events", Action.EDIT_CASE, CASE,
					ids -> post("/cases/" + ids.caseNumber() + "/deadline-events").param("event", "UKENDT")),
			api("GET /api/deadlines/mine", Action.LIST_CASES, Target.NONE, ids -> get("/api/deadlines/mine")),
			api("POST /api/deadlines/{id}/delay-letter", Action.EDIT_CASE, CASE, ids -> post("/api/deadlines/" + ids.deadlineId()
				+ "/delay-letter").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("POST /api/deadlines/{id}/delay-letter/draft", Action.EDIT_CASE, CASE, ids -> post("/api/deadlines/" + ids.deadlineId()
				+ "/delay-letter/draft").contentType(MediaType.APPLICATION_JSON).content("{}")),
			web("POST /cases/{caseNumber}/deadlines/{id}/delay-letter", Action.EDIT_CASE, CASE, ids -> post("/cases/"
				+ ids.caseNumber() + "/deadlines/" + ids.deadlineId() + "/delay-letter").param("reason", "")),
			web("POST /cases/{caseNumber}/deadlines/{id}/end", Action.EDIT_CASE, CASE, ids -> post("/cases/"
				+ ids.caseNumber() + "/deadlines/" + ids.deadlineId() + "/end").param("reason", "")),
			api("POST /api/cases/{caseNumber}/deadlines/{id}/end", Action.EDIT_CASE, CASE, ids -> post("/api/cases/"
				+ ids.caseNumber() + "/deadlines/" + ids.deadlineId() + "/end").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}")),
			api("POST /api/cases/{caseNumber}/status", Action.EDIT_CASE, CASE, ids -> post("/api/cases/" + ids.caseNumber() + "/status")
				.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CLOSED\",\"reason\":\"\"}")),
			api("POST /api/deadlines/{id}/suspension", Action.EDIT_CASE, CASE, ids -> post("/api/deadlines/" + ids.deadlineId()
				+ "/suspension").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Venter på borgeren\"}")),
			api("POST /api/deadlines/{id}/resumption", Action.EDIT_CASE, CASE, ids -> post("/api/deadlines/" + ids.deadlineId()
				+ "/resumption").contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Papirerne kom\"}")),
			api("POST /api/deadlines/{id}/extension", Action.EDIT_CASE, CASE, ids -> post("/api/deadlines/" + ids.deadlineId()
				+ "/extension").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/cases/{caseNumber}/deadlines", Action.VIEW_CASE, CASE, ids -> get("/api/cases/" + ids.caseNumber() + "/deadlines")),
			api("GET /api/cases/{caseNumber}/deadlines/{id}/history", Action.VIEW_CASE, CASE,
					ids -> get("/api/cases/" + ids.caseNumber() + "/deadlines/" + ids.deadlineId() + "/history")),
			api("POST /api/cases/{caseNumber}/deadline-events", Action.EDIT_CASE, CASE,
					ids -> post("/api/cases/" + ids.caseNumber() + "/deadline-events").contentType(MediaType.APPLICATION_JSON)
						.content("{\"event\":\"UKENDT\"}")),
			api("POST /api/cases", Action.CREATE_CASE, Target.NONE, ids -> post("/api/cases").contentType(MediaType.APPLICATION_JSON)
				.content("{\"caseType\":\"NOTIFICATION\",\"title\":\"Matrix-API\",\"citizenCpr\":\"" + Fixtures.newChildCpr() + "\",\"citizenName\":\"Mads Matrix\"}")),
			api("GET /api/cases/{caseNumber}", Action.VIEW_CASE, CASE, ids -> get("/api/cases/" + ids.caseNumber())),
			api("GET /api/cases", Action.LIST_CASES, Target.NONE, ids -> get("/api/cases")),
			api("POST /api/cases/{caseNumber}/parties", Action.EDIT_CASE, CASE, ids -> post("/api/cases/" + ids.caseNumber() + "/parties")
				.contentType(MediaType.APPLICATION_JSON).content("{\"cpr\":\"99\",\"role\":\"PARENT\"}")),
			api("POST /api/cases/{caseNumber}/documents multipart", Action.JOURNAL, CASE,
					ids -> multipart("/api/cases/" + ids.caseNumber() + "/documents")
						.file(new MockMultipartFile("file", "m.txt", "text/plain", "matrix".getBytes()))
						.param("title", "Matrixfil")),
			api("POST /api/cases/{caseNumber}/documents json", Action.JOURNAL, CASE,
					ids -> post("/api/cases/" + ids.caseNumber() + "/documents").contentType(MediaType.APPLICATION_JSON)
						.content("{\"title\":\"Uden tekst\"}")),
			api("GET /api/cases/{caseNumber}/documents", Action.VIEW_CASE, CASE,
					ids -> get("/api/cases/" + ids.caseNumber() + "/documents")),
			api("GET /api/documents/{documentNumber}", Action.VIEW_DOCUMENT, CASE, ids -> get("/api/documents/" + ids.documentNumber())),
			api("GET /api/documents/{documentNumber}/content", Action.DOWNLOAD, CASE,
					ids -> get("/api/documents/" + ids.documentNumber() + "/content")),
			api("GET /api/documents/{documentNumber}/content bundle", Action.DOWNLOAD, Target.NONE,
					ids -> get("/api/documents/" + MatrixCases.answerBundle + "/content")),
			api("GET /api/search", Action.SEARCH, Target.NONE, ids -> get("/api/search").param("q", "matrixsag")),
			web("GET /cases/{caseNumber}/decisions", Action.VIEW_CASE, CASE, ids -> get("/cases/" + ids.caseNumber() + "/decisions")),
			web("POST /cases/{caseNumber}/decisions", Action.EDIT_CASE, CASE, ids -> post("/cases/" + ids.caseNumber() + "/decisions")
				.param("type", "GRANT").param("measure", "")),
			web("GET /decisions/{id}", Action.VIEW_CASE, CASE, ids -> get("/decisions/" + ids.decisionId())),
			web("GET /decisions/{id}/reach", Action.VIEW_CASE, CASE, ids -> get("/decisions/" + ids.decisionId() + "/reach")),
			web("POST /decisions/{id}", Action.EDIT_CASE, CASE, ids -> post("/decisions/" + ids.decisionId()).param("type", "GRANT")
				.param("measure", "Matrixindsats")),
			web("POST /decisions/{id}/exemptions", Action.EDIT_CASE, CASE, ids -> post("/decisions/" + ids.decisionId() + "/exemptions")
				.param("gate", "HEARING").param("reason", "")),
			web("POST /decisions/{id}/send", Action.EDIT_CASE, CASE, ids -> post("/decisions/" + ids.decisionId() + "/send")
				.param("channel", "DIGITAL_POST").param("confirmed", "true")),
			web("GET /decisions/{id}/letter", Action.VIEW_CASE, CASE, ids -> get("/decisions/" + ids.decisionId() + "/letter")),
			web("POST /decisions/{id}/manual-sending", Action.EDIT_CASE, CASE, ids -> post("/decisions/" + ids.decisionId()
				+ "/manual-sending").param("sentOn", "2026-01-05")),
			api("POST /api/decisions/{id}/manual-sending", Action.EDIT_CASE, CASE, ids -> post("/api/decisions/" + ids.decisionId()
				+ "/manual-sending").contentType(MediaType.APPLICATION_JSON).content("{\"sentOn\":\"2026-01-05\"}")),
			api("POST /api/cases/{caseNumber}/decisions", Action.EDIT_CASE, CASE, ids -> post("/api/cases/" + ids.caseNumber()
				+ "/decisions").contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"GRANT\",\"measure\":\"Matrix-API\"}")),
			api("GET /api/cases/{caseNumber}/decisions", Action.VIEW_CASE, CASE, ids -> get("/api/cases/" + ids.caseNumber() + "/decisions")),
			api("GET /api/decisions/{id}", Action.VIEW_CASE, CASE, ids -> get("/api/decisions/" + ids.decisionId())),
			api("PUT /api/decisions/{id}", Action.EDIT_CASE, CASE, ids -> put("/api/decisions/" + ids.decisionId())
				.contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"GRANT\",\"measure\":\"Matrixindsats\"}")),
			api("POST /api/decisions/{id}/exemptions", Action.EDIT_CASE, CASE, ids -> post("/api/decisions/" + ids.decisionId()
				+ "/exemptions").contentType(MediaType.APPLICATION_JSON).content("{\"gate\":\"HEARING\",\"reason\":\"\"}")),
			api("POST /api/decisions/{id}/send", Action.EDIT_CASE, CASE, ids -> post("/api/decisions/" + ids.decisionId() + "/send")
				.contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"DIGITAL_POST\"}")),
			api("GET /api/decisions/{id}/letter", Action.VIEW_CASE, CASE, ids -> get("/api/decisions/" + ids.decisionId() + "/letter")),
			api("GET /api/legal-bases", null, Target.NONE, ids -> get("/api/legal-bases")),
			api("GET /api/decision-gates", null, Target.NONE, ids -> get("/api/decision-gates")),
			web("GET /supervision", Action.SUPERVISE, Target.NONE, ids -> get("/supervision")),
			web("POST /supervision", Action.SUPERVISE, Target.NONE, ids -> post("/supervision").param("name", "")),
			web("GET /supervision/{id}", Action.SUPERVISE, Target.NONE, ids -> get("/supervision/" + ids.roundId())),
			web("POST /supervision/{id}/draw", Action.SUPERVISE, Target.NONE, ids -> post("/supervision/" + ids.roundId() + "/draw")),
			web("POST /supervision/{id}/exclusions", Action.SUPERVISE, Target.NONE, ids -> post("/supervision/" + ids.roundId() + "/exclusions").param("caseNumber", "x").param("reason", "")),
			web("POST /supervision/{id}/findings", Action.SUPERVISE, Target.NONE, ids -> post("/supervision/" + ids.roundId() + "/findings").param("text", "")),
			web("POST /supervision/{id}/addenda", Action.SUPERVISE, Target.NONE, ids -> post("/supervision/" + ids.roundId() + "/addenda").param("text", "")),
			web("GET /supervision/{id}/cases/{caseNumber}", Action.SUPERVISE, Target.NONE, ids -> get("/supervision/" + ids.roundId() + "/cases/" + ids.caseNumber())),
			web("POST /supervision/{id}/cases/{caseNumber}/answers", Action.SUPERVISE, Target.NONE, ids -> post("/supervision/" + ids.roundId() + "/cases/" + ids.caseNumber() + "/answers").param("level", "1").param("answer_HEARING", "X")),
			web("POST /supervision/{id}/cases/{caseNumber}/flag", Action.SUPERVISE, Target.NONE, ids -> post("/supervision/" + ids.roundId() + "/cases/" + ids.caseNumber() + "/flag").param("reason", "")),
			web("POST /supervision/{id}/flags/{caseNumber}/follow-up", Action.SUPERVISE, Target.NONE, ids -> post("/supervision/" + ids.roundId() + "/flags/x/follow-up").param("note", "")),
			web("GET /supervision/{id}/workbook.xlsx", Action.SUPERVISE, Target.NONE, ids -> get("/supervision/" + ids.roundId() + "/workbook.xlsx")),
			web("GET /supervision/{id}/result-note.pdf", Action.SUPERVISE, Target.NONE, ids -> get("/supervision/" + ids.roundId() + "/result-note.pdf")),
			web("GET /supervision/{id}/population.csv", Action.SUPERVISE, Target.NONE, ids -> get("/supervision/" + ids.roundId() + "/population.csv")),
			web("POST /supervision/{id}/report", Action.SUPERVISE, Target.NONE, ids -> post("/supervision/" + ids.roundId() + "/report")),
			web("POST /supervision/{id}/acknowledgement", Action.SUPERVISE, Target.NONE, ids -> post("/supervision/" + ids.roundId() + "/acknowledgement")),
			web("POST /supervision/{id}/conclude", Action.SUPERVISE, Target.NONE, ids -> post("/supervision/" + ids.roundId() + "/conclude")),
			api("POST /api/supervision/rounds", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}")),
			api("GET /api/supervision/rounds", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds")),
			api("GET /api/supervision/rounds/{id}", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds/" + ids.roundId())),
			api("POST /api/supervision/rounds/{id}/draw", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/draw").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/supervision/rounds/{id}/sample", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds/" + ids.roundId() + "/sample")),
			api("GET /api/supervision/rounds/{id}/population.csv", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds/" + ids.roundId() + "/population.csv")),
			api("POST /api/supervision/rounds/{id}/exclusions", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/exclusions").contentType(MediaType.APPLICATION_JSON).content("{\"caseNumber\":\"x\",\"reason\":\"\"}")),
			api("GET /api/supervision/rounds/{id}/cases/{caseNumber}/checklist", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds/" + ids.roundId() + "/cases/" + ids.caseNumber() + "/checklist")),
			api("POST /api/supervision/rounds/{id}/cases/{caseNumber}/answers", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/cases/" + ids.caseNumber() + "/answers").contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"HEARING\",\"level\":1,\"answer\":\"X\"}")),
			api("POST /api/supervision/rounds/{id}/flags", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/flags").contentType(MediaType.APPLICATION_JSON).content("{\"caseNumber\":\"x\",\"reason\":\"\"}")),
			api("POST /api/supervision/rounds/{id}/flags/{caseNumber}/follow-up", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/flags/x/follow-up").contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"\"}")),
			api("POST /api/supervision/rounds/{id}/flags/{caseNumber}/appeals-board", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/flags/x/appeals-board").contentType(MediaType.APPLICATION_JSON).content("{\"chosen\":true}")),
			api("POST /api/supervision/rounds/{id}/findings", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/findings").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\"}")),
			api("GET /api/supervision/rounds/{id}/progress", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds/" + ids.roundId() + "/progress")),
			api("GET /api/supervision/rounds/{id}/results", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds/" + ids.roundId() + "/results")),
			api("GET /api/supervision/rounds/{id}/workbook.xlsx", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds/" + ids.roundId() + "/workbook.xlsx")),
			api("GET /api/supervision/rounds/{id}/result-note.pdf", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds/" + ids.roundId() + "/result-note.pdf")),
			api("POST /api/supervision/rounds/{id}/report", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/report")),
			api("POST /api/supervision/rounds/{id}/acknowledgement", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/acknowledgement")),
			api("POST /api/supervision/rounds/{id}/conclude", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/conclude")),
			api("GET /api/supervision/templates", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/templates")),
			api("GET /api/supervision/rounds/{id}/flags", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds/" + ids.roundId() + "/flags")),
			api("GET /api/supervision/rounds/{id}/addenda", Action.SUPERVISE, Target.NONE, ids -> get("/api/supervision/rounds/" + ids.roundId() + "/addenda")),
			api("POST /api/supervision/rounds/{id}/addenda", Action.SUPERVISE, Target.NONE, ids -> post("/api/supervision/rounds/" + ids.roundId() + "/addenda").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"\"}")),
			web("GET /oversight", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> get("/oversight")),
			web("POST /oversight", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/oversight").param("body", "")),
			web("GET /oversight/{id}", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> get("/oversight/" + ids.requestId())),
			web("POST /oversight/{id}/items/{itemId}", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/oversight/" + ids.requestId() + "/items/" + ids.itemId())),
			web("POST /oversight/{id}/sign-off", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/oversight/" + ids.requestId() + "/sign-off")),
			web("POST /oversight/{id}/answer", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/oversight/" + ids.requestId() + "/answer")),
			web("GET /oversight/statistics", null, Target.NONE, ids -> get("/oversight/statistics")),
			web("GET /oversight/disclosures", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> get("/oversight/disclosures")),
			api("POST /api/oversight/requests", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/api/oversight/requests").contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"\"}")),
			api("GET /api/oversight/requests", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> get("/api/oversight/requests")),
			api("GET /api/oversight/requests/{id}", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> get("/api/oversight/requests/" + ids.requestId())),
			api("POST /api/oversight/requests/{id}/items/{itemId}/answer", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/api/oversight/requests/" + ids.requestId() + "/items/" + ids.itemId() + "/answer").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("POST /api/oversight/requests/{id}/sign-off", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/api/oversight/requests/" + ids.requestId() + "/sign-off")),
			api("POST /api/oversight/requests/{id}/answer", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/api/oversight/requests/" + ids.requestId() + "/answer")),
			api("GET /api/oversight/statistics", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> get("/api/oversight/statistics")),
			api("GET /api/disclosures", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> get("/api/disclosures")),
			api("GET /api/oversight/disclosures", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> get("/api/oversight/disclosures")),
			api("POST /api/oversight/disclosures", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/api/oversight/disclosures")
				.contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"\"}")),
			web("GET /cases/{caseNumber}/appeals", Action.VIEW_CASE, CASE, ids -> get("/cases/" + ids.caseNumber() + "/appeals")),
			web("POST /cases/{caseNumber}/complaints", Action.EDIT_CASE, CASE, ids -> post("/cases/" + ids.caseNumber() + "/complaints").param("decisionId", String.valueOf(ids.decisionId()))),
			web("POST /cases/{caseNumber}/complaints/{id}/{step}", Action.EDIT_CASE, CASE, ids -> post("/cases/" + ids.caseNumber() + "/complaints/" + ids.complaintId() + "/forwarding")),
			web("POST /cases/{caseNumber}/access-requests", Action.EDIT_CASE, CASE, ids -> post("/cases/" + ids.caseNumber() + "/access-requests").param("requester", "")),
			web("POST /cases/{caseNumber}/access-requests/{id}/delay", Action.EDIT_CASE, CASE, ids -> post("/cases/" + ids.caseNumber() + "/access-requests/" + ids.accessRequestId() + "/delay").param("reason", "")),
			web("POST /cases/{caseNumber}/access-requests/{id}/answer", Action.EDIT_CASE, CASE, ids -> post("/cases/" + ids.caseNumber() + "/access-requests/" + ids.accessRequestId() + "/answer")),
			api("POST /api/complaints", Action.EDIT_CASE, CASE, ids -> post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content("{\"decisionId\":" + ids.decisionId() + "}")),
			api("GET /api/complaints/{id}", Action.VIEW_CASE, CASE, ids -> get("/api/complaints/" + ids.complaintId())),
			api("POST /api/complaints/{id}/late-acceptance", Action.EDIT_CASE, CASE, ids -> post("/api/complaints/" + ids.complaintId() + "/late-acceptance").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("POST /api/complaints/{id}/reconsideration", Action.EDIT_CASE, CASE, ids -> post("/api/complaints/" + ids.complaintId() + "/reconsideration").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("POST /api/complaints/{id}/forwarding", Action.EDIT_CASE, CASE, ids -> post("/api/complaints/" + ids.complaintId() + "/forwarding")),
			api("POST /api/complaints/{id}/outcome", Action.EDIT_CASE, CASE, ids -> post("/api/complaints/" + ids.complaintId() + "/outcome").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/complaints/statistics", null, Target.NONE, ids -> get("/api/complaints/statistics")),
			api("POST /api/referrals", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/api/referrals").contentType(MediaType.APPLICATION_JSON).content("{\"caseNumber\":\"" + ids.caseNumber() + "\",\"kind\":\"X\"}")),
			api("POST /api/referrals/{id}/outcome", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/api/referrals/0/outcome").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/referrals/statistics", null, Target.NONE, ids -> get("/api/referrals/statistics")),
			api("GET /api/referrals", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> get("/api/referrals")),
			api("POST /api/referrals/from-round/{roundId}", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/api/referrals/from-round/" + ids.roundId()).contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/oversight/bodies", null, Target.NONE, ids -> get("/api/oversight/bodies")),
			api("POST /api/oversight/bodies", Action.ADMINISTER, Target.NONE, ids -> post("/api/oversight/bodies").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}")),
			web("GET /oversight/referrals", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> get("/oversight/referrals")),
			web("POST /oversight/referrals", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/oversight/referrals").param("caseNumber", ids.caseNumber())),
			web("POST /oversight/referrals/from-round", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/oversight/referrals/from-round").param("roundId", String.valueOf(ids.roundId()))),
			web("POST /oversight/referrals/{id}/outcome", Action.ANSWER_OVERSIGHT, Target.NONE, ids -> post("/oversight/referrals/0/outcome")),
			web("GET /admin/bodies", Action.ADMINISTER, Target.NONE, ids -> get("/admin/bodies")),
			api("GET /api/dashboard", Action.LEAD, Target.NONE, ids -> get("/api/dashboard")),
			web("GET /dashboard", Action.LEAD, Target.NONE, ids -> get("/dashboard")),
			api("POST /api/actions/{id}/completion", Action.LEAD, Target.NONE, ids -> post("/api/actions/0/completion").contentType(MediaType.APPLICATION_JSON).content("{}")),
			web("POST /action-plans/{id}/actions/{action}/completion", Action.LEAD, Target.NONE, ids -> post("/action-plans/0/actions/0/completion")),
			api("POST /api/action-plans", Action.LEAD, Target.NONE, ids -> post("/api/action-plans").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/action-plans", Action.LEAD, Target.NONE, ids -> get("/api/action-plans")),
			api("GET /api/action-plans/{id}", Action.LEAD, Target.NONE, ids -> get("/api/action-plans/0")),
			api("POST /api/action-plans/{id}/recommendations", Action.LEAD, Target.NONE, ids -> post("/api/action-plans/0/recommendations").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("POST /api/recommendations/{id}/actions", Action.LEAD, Target.NONE, ids -> post("/api/recommendations/0/actions").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/action-plans/{id}/progress.pdf", Action.LEAD, Target.NONE, ids -> get("/api/action-plans/0/progress.pdf")),
			web("GET /action-plans", Action.LEAD, Target.NONE, ids -> get("/action-plans")),
			web("POST /action-plans", Action.LEAD, Target.NONE, ids -> post("/action-plans")),
			web("GET /action-plans/{id}", Action.LEAD, Target.NONE, ids -> get("/action-plans/0")),
			web("POST /action-plans/{id}/recommendations", Action.LEAD, Target.NONE, ids -> post("/action-plans/0/recommendations")),
			web("POST /action-plans/{id}/recommendations/{recommendation}/actions", Action.LEAD, Target.NONE, ids -> post("/action-plans/0/recommendations/0/actions")),
			web("GET /action-plans/{id}/progress.pdf", Action.LEAD, Target.NONE, ids -> get("/action-plans/0/progress.pdf")),
			api("GET /api/handovers/measures", Action.LEAD, Target.NONE, ids -> get("/api/handovers/measures")),
			api("GET /api/handovers/{username}", Action.LEAD, Target.NONE, ids -> get("/api/handovers/test.a")),
			api("POST /api/handovers/{username}", Action.LEAD, Target.NONE, ids -> post("/api/handovers/test.a").contentType(MediaType.APPLICATION_JSON).content("{\"to\":\"nobody\"}")),
			api("POST /api/staff/{username}/deactivation", Action.ADMINISTER, Target.NONE, ids -> post("/api/staff/test.c/deactivation")),
			web("GET /handover", Action.LEAD, Target.NONE, ids -> get("/handover")),
			web("GET /handover/{username}", Action.LEAD, Target.NONE, ids -> get("/handover/test.a")),
			web("POST /handover/{username}", Action.LEAD, Target.NONE, ids -> post("/handover/test.a").param("to", "nobody")),
			web("POST /admin/users/{username}/deactivate", Action.ADMINISTER, Target.NONE, ids -> post("/admin/users/test.c/deactivate")),
			api("POST /api/inquiries", Action.CREATE_CASE, Target.NONE, ids -> post("/api/inquiries").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/inquiries", Action.LIST_CASES, Target.NONE, ids -> get("/api/inquiries")),
			api("GET /api/inquiries/{id}", Action.VIEW_CASE, CASE, ids -> get("/api/inquiries/" + ids.inquiryId())),
			api("GET /api/inquiries/{id}/reply-draft", Action.VIEW_CASE, CASE, ids -> get("/api/inquiries/" + ids.inquiryId() + "/reply-draft")),
			api("POST /api/inquiries/{id}/reply", Action.JOURNAL, CASE, ids -> post("/api/inquiries/" + ids.inquiryId() + "/reply").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("POST /api/inquiries/{id}/committee", Action.LEAD, CASE, ids -> post("/api/inquiries/" + ids.inquiryId() + "/committee").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/committee/meetings", Action.LEAD, Target.NONE, ids -> get("/api/committee/meetings")),
			api("POST /api/committee/meetings", Action.LEAD, Target.NONE, ids -> post("/api/committee/meetings").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/committee/meetings/{id}", Action.LEAD, Target.NONE, ids -> get("/api/committee/meetings/" + ids.meetingId())),
			api("POST /api/committee/meetings/{id}/items", Action.LEAD, Target.NONE, ids -> post("/api/committee/meetings/" + ids.meetingId() + "/items").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/committee/meetings/{id}/agenda.pdf", Action.LEAD, Target.NONE, ids -> get("/api/committee/meetings/" + ids.meetingId() + "/agenda.pdf")),
			web("GET /inquiries", Action.LIST_CASES, Target.NONE, ids -> get("/inquiries")),
			web("POST /inquiries", Action.CREATE_CASE, Target.NONE, ids -> post("/inquiries")),
			web("GET /inquiries/{id}", Action.VIEW_CASE, CASE, ids -> get("/inquiries/" + ids.inquiryId())),
			web("POST /inquiries/{id}/reply", Action.JOURNAL, CASE, ids -> post("/inquiries/" + ids.inquiryId() + "/reply")),
			web("POST /inquiries/{id}/committee", Action.LEAD, CASE, ids -> post("/inquiries/" + ids.inquiryId() + "/committee")),
			web("GET /committee", Action.LEAD, Target.NONE, ids -> get("/committee")),
			web("POST /committee", Action.LEAD, Target.NONE, ids -> post("/committee")),
			web("POST /committee/{id}/items", Action.LEAD, Target.NONE, ids -> post("/committee/" + ids.meetingId() + "/items")),
			web("GET /committee/{id}", Action.LEAD, Target.NONE, ids -> get("/committee/" + ids.meetingId())),
			web("GET /committee/{id}/agenda.pdf", Action.LEAD, Target.NONE, ids -> get("/committee/" + ids.meetingId() + "/agenda.pdf")),
			web("POST /admin/bodies", Action.ADMINISTER, Target.NONE, ids -> post("/admin/bodies").param("name", "")),
			api("POST /api/cases/{caseNumber}/access-requests", Action.EDIT_CASE, CASE, ids -> post("/api/cases/" + ids.caseNumber() + "/access-requests").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("GET /api/access-requests/{id}", Action.VIEW_CASE, CASE, ids -> get("/api/access-requests/" + ids.accessRequestId())),
			api("POST /api/access-requests/{id}/delay", Action.EDIT_CASE, CASE, ids -> post("/api/access-requests/" + ids.accessRequestId() + "/delay").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("POST /api/access-requests/{id}/answer", Action.EDIT_CASE, CASE, ids -> post("/api/access-requests/" + ids.accessRequestId() + "/answer").contentType(MediaType.APPLICATION_JSON).content("{}")),
			api("POST /api/admin/migration", Action.MIGRATE, Target.NONE, ids -> post("/api/admin/migration")
				.contentType(MediaType.APPLICATION_JSON).content("{\"format\":\"sagsvagt-migration/1\",\"source\":\"matrix\",\"cases\":[]}")),
			api("GET /api/access-log/verify", Action.VERIFY_LOG, Target.NONE, ids -> get("/api/access-log/verify")),
			api("POST /api/access-log/extract", Action.CITIZEN_EXTRACT, Target.NONE, ids -> post("/api/access-log/extract")
				.contentType(MediaType.APPLICATION_JSON).content("{\"cpr\":\"0101901234\",\"from\":\"2000-01-01\",\"to\":\"2000-12-31\"}")),
			api("GET /api/access-log/cases", Action.CASE_LOG_EXTRACT, Target.NONE, ids -> get("/api/access-log/cases")
				.param("caseNumbers", ids.caseNumber()).param("from", "2000-01-01").param("to", "2000-12-31")));

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	org.springframework.context.ApplicationContext context;

	MatrixCases.Ids inScope;

	MatrixCases.Ids outOfScope;

	MatrixCases.Ids protectedCase;

	@BeforeEach
	void threeCases() {
		MatrixCases data = new MatrixCases(context);
		inScope = data.inScope;
		outOfScope = data.outOfScope;
		protectedCase = data.protectedCase;
	}

	static boolean expected(StaffRole role, Endpoint endpoint, Target target) {
		if (endpoint.key().contains("statistics")) {
			// aggregates without personal data: all the administration's own staff
			return !role.isExternal();
		}
		if (endpoint.key().endsWith(" bundle")) {
			return bundleReaders(role);
		}
		if (endpoint.action() == null) {
			// the start page and the catalogue are for everyone; the disclosure list for the bodies
			return !endpoint.key().equals("GET /disclosures") || role == StaffRole.OMBUDSMAN || role == StaffRole.APPEALS_BOARD;
		}
		boolean may = MAY.get(role).contains(endpoint.action());
		if (endpoint.key().equals("GET /deadlines/unit")) {
			may = may && role.isLeader();
		}
		if (endpoint.key().endsWith("/acknowledgement")) {
			// the unit's leader acknowledges a round's letter for the unit (issue 17 review, S2)
			may = may && role == StaffRole.UNIT_LEADER;
		}
		if (endpoint.key().equals("GET /api/oversight/requests") || endpoint.key().equals("GET /api/disclosures")
				|| endpoint.key().equals("GET /api/oversight/disclosures")
				|| endpoint.key().equals("GET /oversight") || endpoint.key().equals("GET /oversight/disclosures")) {
			// the bodies' reviewers see their own body's requests and disclosures
			may = may || role.isExternal();
		}
		if (endpoint.key().equals("GET /api/oversight/requests/{id}") || endpoint.key().equals("GET /oversight/{id}")) {
			may = may || role == StaffRole.OMBUDSMAN;
		}
		if (endpoint.key().endsWith("/sign-off") || endpoint.key().equals("POST /api/oversight/disclosures")) {
			may = may && role.isLeader();
		}
		if (endpoint.key().endsWith("/follow-up") || endpoint.key().endsWith("/completion")) {
			// a flag's or an action's owner may be any of the administration's staff; the flag or action itself decides
			may = !role.isExternal();
		}

		if (endpoint.needs() == Target.NONE) {
			return may;
		}
		return may && target == Target.IN_SCOPE;
	}

	@Test
	void everyEndpointRoleAndScopeGetsWhatThePolicySays() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (Map.Entry<String, StaffRole> u : USERS.entrySet()) {
				List<Target> targets = endpoint.needs() == Target.NONE ? List.of(Target.NONE)
						: List.of(Target.IN_SCOPE, Target.OUT_OF_SCOPE, Target.PROTECTED);
				for (Target target : targets) {
					MatrixCases.Ids ids = target == Target.OUT_OF_SCOPE ? outOfScope : target == Target.PROTECTED ? protectedCase : inScope;
					long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);
					AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().apply(ids);
					request.with(endpoint.api() ? httpBasic(u.getKey(), Fixtures.PASSWORD) : user(users.loadUserByUsername(u.getKey())));
					request.with(csrf());
					MvcResult result = mvc.perform(request).andReturn();
					int status = result.getResponse().getStatus();
					boolean allowed = expected(u.getValue(), endpoint, target);
					boolean refused = status == 403;
					String where = endpoint.key() + " as " + u.getKey() + " on " + target + ": " + status;
					if (allowed == refused || status == 401 || status >= 500) {
						wrong.add(where + (allowed ? " (expected allowed)" : " (expected refused)"));
						continue;
					}
					String body = result.getResponse().getContentAsString();
					if (!refused && body.contains(outOfScope.caseNumber())) {
						wrong.add(where + " shows the out-of-scope case");
					}
					if (!refused) {
						wrong.addAll(protectedLeaks(where, endpoint, result));
						wrong.addAll(unloggedCitizens(where, endpoint, u.getKey(), before, result));
					}
					Integer logged = jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE id > ? AND username = ? AND outcome = ?",
							Integer.class, before, u.getKey(), refused ? "DENIED" : "ALLOWED");
					boolean mustLog = refused || endpoint.action() != null && endpoint.action().isRead();
					if (mustLog && logged == 0) {
						wrong.add(where + " left no row in the access log");
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	// ---- special protection and derived reads (issue 16) ----

	/**
	 * Who may download the answer bundle, journaled in the request's own case in unit A with the unit leader as
	 * caseworker: staff whose scope is unit A or wider, and Borgerrådgiveren, to whom it was given.
	 */
	static boolean bundleReaders(StaffRole role) {
		return role == StaffRole.CASEWORKER || role == StaffRole.UNIT_LEADER || role == StaffRole.CENTRE_LEADER
				|| role == StaffRole.OMBUDSMAN;
	}

	/** The protected case's number or marker in an answer; no matrix user is named on the protection. */
	List<String> protectedLeaks(String where, Endpoint endpoint, MvcResult result) throws Exception {
		String text = MatrixCases.readable(result.getResponse().getContentAsByteArray(), result.getResponse().getContentAsString());
		List<String> leaks = new ArrayList<>();
		// the administrator protects cases by number and sees the permission log; never their content
		if (text.contains(protectedCase.caseNumber()) && !endpoint.key().contains(" /admin/")) {
			leaks.add(where + " shows the protected case's number");
		}
		if (text.toLowerCase(java.util.Locale.ROOT).contains(MatrixCases.MARKER.toLowerCase(java.util.Locale.ROOT))) {
			leaks.add(where + " shows the protected case's content");
		}
		return leaks;
	}

	/**
	 * A read that shows the in-scope case (its number, in a page, a list, a PDF or a bundle) must leave a row in the
	 * access log naming its citizen. Forms and writes that echo the number asked for, and the administrator's
	 * permission log, show no citizen's data.
	 */
	List<String> unloggedCitizens(String where, Endpoint endpoint, String username, long before, MvcResult result) throws Exception {
		boolean read = endpoint.key().startsWith("GET ") && !endpoint.key().contains(" /admin/")
				&& (endpoint.action() == null || endpoint.action().isRead() || endpoint.needs() == Target.NONE);
		// a refusal or a "not found" that names the case asked for shows none of its data
		if (!read || result.getResponse().getStatus() >= 300) {
			return List.of();
		}
		String text = MatrixCases.readable(result.getResponse().getContentAsByteArray(), result.getResponse().getContentAsString());
		if (!text.contains(inScope.caseNumber())) {
			return List.of();
		}
		Integer naming = jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE id > ? AND username = ? AND ? = ANY(citizen_ids)",
				Integer.class, before, username, inScope.citizenId());
		return naming == 0 ? List.of(where + " shows the in-scope case but logs no row naming its citizen") : List.of();
	}

	/** {@code /cases/{caseNumber:\\d{4}-\\d{7}}} becomes {@code /cases/{caseNumber}}. */
	static String withoutRegex(String pattern) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		boolean skipping = false;
		for (char c : pattern.toCharArray()) {
			if (c == '{') {
				depth++;
				if (depth == 1) {
					out.append(c);
				}
				continue;
			}
			if (c == '}') {
				depth--;
				if (depth == 0) {
					out.append(c);
					skipping = false;
				}
				continue;
			}
			if (depth == 1 && c == ':') {
				skipping = true;
			}
			if (depth == 0 || !skipping) {
				out.append(c);
			}
		}
		return out.toString();
	}

	@Test
	void everyEndpointIsInTheMatrix() {
		Set<String> inMatrix = new TreeSet<>();
		ENDPOINTS.forEach(e -> inMatrix.add(e.key().replaceAll(" (multipart|json|bundle)$", "")));
		Set<String> missing = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui") || pattern.equals("/error")
						|| pattern.equals("/login") || pattern.equals(UnruledEndpoints.WEB) || pattern.equals(UnruledEndpoints.API)) {
					continue;
				}
				String normal = withoutRegex(pattern);
				var methods = info.getMethodsCondition().getMethods();
				for (var method : methods.isEmpty() ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET) : methods) {
					String key = method.name() + " " + normal;
					if (!inMatrix.contains(key)) {
						missing.add(key);
					}
				}
			}
		}
		assertThat(missing).as("endpoints without a row in the access matrix").isEmpty();
	}
}
