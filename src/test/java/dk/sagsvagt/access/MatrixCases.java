package dk.sagsvagt.access;

import java.util.List;
import java.util.Map;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DecisionType;
import dk.sagsvagt.decisions.Decisions;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.journal.UploadedFile;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.oversight.InformationRequests;
import dk.sagsvagt.oversight.NewRequest;
import dk.sagsvagt.oversight.RequestAnswers;
import dk.sagsvagt.supervision.NewRound;
import dk.sagsvagt.supervision.SupervisionRounds;
import dk.sagsvagt.support.Fixtures;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The matrix's data, built anew for each test of the access matrix and of the Danish-text scan: a case in unit A in
 * scope of every matrix user (with a document, a deadline, a decision, a supervision round, an oversight request, a
 * complaint, a request for access, an inquiry and a committee meeting), the same in unit C outside scope, and a
 * specially protected case in unit A.
 */
final class MatrixCases {

	/** The request for one case (and its first document and primary citizen). */
	record Ids(String caseNumber, String documentNumber, long citizenId, long deadlineId, long decisionId, long roundId, long requestId,
			long itemId, long complaintId, long accessRequestId, long inquiryId, long meetingId) {
	}

	/** In the protected case's title, a note and a party's name: it must appear in no answer to a matrix user. */
	static final String MARKER = "Xyzzyvarsel";

	/** The one reader of the protection; not a matrix user. */
	static final String PROTECTED_READER = "test.a2";

	/** A request's answer bundle (materiale.zip) holding the in-scope case's document. */
	static volatile String answerBundle;

	private final Fixtures fixtures;

	private final AccessGrants grants;

	private final Journal journal;

	private final CaseDeadlines deadlines;

	private final JdbcTemplate jdbc;

	private final Decisions decisions;

	private final SupervisionRounds rounds;

	private final InformationRequests requests;

	private final Cases cases;

	private final RequestAnswers answers;

	private final Organisation organisation;

	final Ids inScope;

	final Ids outOfScope;

	final Ids protectedCase;

	MatrixCases(ApplicationContext context) {
		this.fixtures = context.getBean(Fixtures.class);
		this.grants = context.getBean(AccessGrants.class);
		this.journal = context.getBean(Journal.class);
		this.deadlines = context.getBean(CaseDeadlines.class);
		this.jdbc = context.getBean(JdbcTemplate.class);
		this.decisions = context.getBean(Decisions.class);
		this.rounds = context.getBean(SupervisionRounds.class);
		this.requests = context.getBean(InformationRequests.class);
		this.cases = context.getBean(Cases.class);
		this.answers = context.getBean(RequestAnswers.class);
		this.organisation = context.getBean(Organisation.class);
		inScope = caseWithDocument(fixtures.caseIn(fixtures.unitA(), "test.a", "Matrixsag i scope"), "test.a", fixtures.unitA());
		outOfScope = caseWithDocument(fixtures.caseIn(fixtures.unitC(), "test.c", "Matrixsag uden for scope"), "test.c", fixtures.unitC());
		long x = jdbc.queryForObject("SELECT id FROM cases.case_file WHERE case_number = ?", Long.class, inScope.caseNumber());
		grants.assignCase("test.jurist", x, "Matrixtest", "test");
		grants.disclose("OMBUDSMAN", inScope.documentNumber(), x, "test");
		grants.disclose("APPEALS_BOARD", inScope.documentNumber(), x, "test");
		protectedCase = protectedCase();
	}

	private Ids caseWithDocument(CaseFile c, String caseworker, long unit) {
		CurrentUser worker = new CurrentUser(caseworker, fixtures.staffId(caseworker), fullName(caseworker), StaffRole.CASEWORKER, unit);
		UploadedFile file = UploadedFile.of("bilag.txt", "text/plain", "bilag!".getBytes());
		String document = journal.journal(c.caseNumber(), new NewDocument("Matrixsag bilag", Direction.INCOMING,
				DocumentKind.LETTER, null, null), file, worker).documentNumber();
		deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), unit, fixtures.staffId(caseworker), "ACCESS_REQUEST_RECEIVED",
				java.time.Instant.now().minusSeconds(3600), "test");
		long deadline = jdbc.queryForObject("SELECT max(id) FROM deadlines.deadline WHERE case_id = ?", Long.class, c.id());
		long decision = decisions.create(c.caseNumber(), DecisionDraft.of(DecisionType.GRANT, "Matrixindsats", null), worker).id();
		// planned by the unit's leader (a round covers only units within its planner's scope); every leader and lawyer of
		// the matrix reviews it, so each reads the round's data
		CurrentUser leader = new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER,
				fixtures.unitA());
		List<String> reviewers = List.of("test.team", "test.leader.a", "test.centre", "test.jurist");
		long round = rounds.create(new NewRound("Matrixtilsyn", java.time.LocalDate.now(), java.time.LocalDate.now(), "CHILDREN_BL", null,
				List.of(fixtures.unitA()), List.of("NOTIFICATION"), null, null, 2, false, false, 0, null,
				Map.of(1, reviewers, 2, reviewers, 3, reviewers, 4, reviewers)), leader).id();
		rounds.draw(round, "matrix", leader);
		var request = requests.register(new NewRequest("OMBUDSMAN", "M-1", java.time.LocalDate.now().minusDays(1), "Matrixanmodning",
				java.time.LocalDate.now().plusDays(10), "test.leader.a", null, List.of("Matrixdelpunkt"), null, null), leader);
		long complaint = jdbc.queryForObject("""
				INSERT INTO oversight.complaint (decision_id, case_id, case_number, unit_id, legal_basis, received_on, channel, text,
				    complaint_deadline, late, status, created_by, created_at)
				VALUES (?, ?, ?, ?, 'BL_32', current_date, 'LETTER', 'Matrixklage', current_date, false, 'RECEIVED', 'test', now())
				RETURNING id""", Long.class, decision, c.id(), c.caseNumber(), unit);
		long accessRequest = jdbc.queryForObject("""
				INSERT INTO oversight.access_request (case_id, case_number, requester, party, received_on, status, created_by, created_at)
				VALUES (?, ?, 'Matrixanmoder', true, current_date, 'OPEN', 'test', now()) RETURNING id""", Long.class, c.id(), c.caseNumber());
		long inquiry = jdbc.queryForObject("""
				INSERT INTO inquiries.inquiry (case_id, case_number, unit_id, addressed_to, channel, received_on, subject, text, assignee_id,
				    status, created_by, created_at)
				VALUES (?, ?, ?, 'MAYOR', 'LETTER', current_date, 'Matrixhenvendelse', 'Matrixtekst', ?, 'OPEN', 'test', now()) RETURNING id""",
				Long.class, c.id(), c.caseNumber(), unit, fixtures.staffId(caseworker));
		long meeting = jdbc.queryForObject("INSERT INTO inquiries.meeting (committee, meets_on, created_by, created_at) "
				+ "VALUES (?, current_date + 30, 'test', now()) RETURNING id", Long.class, "Matrixudvalg nr. " + c.id());
		return new Ids(c.caseNumber(), document, c.primaryCitizenId(), deadline, decision, round, request.id(), request.items().get(0).id(),
				complaint, accessRequest, inquiry, meeting);
	}

	/**
	 * The protected target, and the derived data the other targets' reads show: its inquiry and the in-scope one on
	 * the in-scope meeting's agenda, the in-scope request answered with the in-scope document, and an answered
	 * request whose bundle holds that document. The case is
	 * protected last, so it is set up as any case is.
	 */
	private String fullName(String username) {
		return organisation.staffByUsername(username).orElseThrow().fullName();
	}

	private Ids protectedCase() {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Matrixsag " + MARKER);
		Ids ids = caseWithDocument(c, "test.a", fixtures.unitA());
		CurrentUser worker = new CurrentUser("test.a", fixtures.staffId("test.a"), fullName("test.a"), StaffRole.CASEWORKER, fixtures.unitA());
		journal.journal(c.caseNumber(), new NewDocument("Matrixnotat", Direction.INTERNAL, DocumentKind.NOTE, null,
				"Oplyst telefonisk om " + MARKER), null, worker);
		cases.addParty(c, Fixtures.newChildCpr(), MARKER + " Forælder", dk.sagsvagt.cases.PartyRole.PARENT, worker);
		grants.assignCase("test.jurist", c.id(), "Matrixtest", "test");
		grants.disclose("OMBUDSMAN", ids.documentNumber(), c.id(), "test");
		grants.disclose("APPEALS_BOARD", ids.documentNumber(), c.id(), "test");
		for (long inquiry : List.of(inScope.inquiryId(), ids.inquiryId())) {
			jdbc.update("""
					INSERT INTO inquiries.agenda_item (meeting_id, position, title, summary, inquiry_id, created_by, created_at)
					VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM inquiries.agenda_item WHERE meeting_id = ?), ?, ?, ?, 'test', now())""",
					inScope.meetingId(), inScope.meetingId(), "Matrixpunkt " + inquiry,
					inquiry == ids.inquiryId() ? "Resumé om " + MARKER : "Resumé til udvalget", inquiry);
		}
		CurrentUser leader = new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER,
				fixtures.unitA());
		var request = requests.register(new NewRequest("OMBUDSMAN", "M-B", java.time.LocalDate.now().minusDays(1), "Matrixbundt",
				java.time.LocalDate.now().plusDays(10), "test.leader.a", null, List.of("Matrixdelpunkt"), null, null), leader);
		requests.answerItem(inScope.requestId(), inScope.itemId(), List.of(inScope.documentNumber()), null, null, null, leader);
		requests.answerItem(request.id(), request.items().get(0).id(), List.of(inScope.documentNumber()), null, null, null, leader);
		requests.signOff(request.id(), leader);
		answerBundle = answers.answer(request.id(), leader).bundleDocument();
		grants.protectCase(c.id(), "Matrixbeskyttelse", List.of(PROTECTED_READER), "test");
		return ids;
	}


	/** The text a user reads in an answer: a PDF's text, each file of a ZIP (an .xlsx too), or the body as it is. */
	static String readable(byte[] bytes, String body) throws Exception {
		if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
			try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
				return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
			}
		}
		if (bytes.length > 2 && bytes[0] == 'P' && bytes[1] == 'K') {
			StringBuilder text = new StringBuilder();
			// read by the central directory: POI's .xlsx entries carry their sizes only there
			java.nio.file.Path file = java.nio.file.Files.createTempFile("matrix", ".zip");
			try {
				java.nio.file.Files.write(file, bytes);
				try (var zip = new java.util.zip.ZipFile(file.toFile())) {
					for (var entry : java.util.Collections.list(zip.entries())) {
						byte[] content = zip.getInputStream(entry).readAllBytes();
						text.append(entry.getName()).append('\n')
							.append(readable(content, new String(content, java.nio.charset.StandardCharsets.UTF_8))).append('\n');
					}
				}
			}
			finally {
				java.nio.file.Files.delete(file);
			}
			return text.toString();
		}
		return body;
	}
}
