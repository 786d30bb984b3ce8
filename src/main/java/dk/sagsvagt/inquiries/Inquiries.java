package dk.sagsvagt.inquiries;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFilter;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.CaseworkerChanged;
import dk.sagsvagt.cases.Party;
import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.deadlines.CaseDeadline;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Citizens' inquiries. Each is a case of type INQUIRY in the unit of the one who answers it, with the letter journaled
 * as incoming and the reply date (INQUIRY_REPLY, the municipality's service target in working days) on that person's
 * worklist. Reading an inquiry is reading its case: the access policy decides and logs.
 */
@Service
public class Inquiries {

	static final Set<String> ADDRESSED_TO = Set.of("MAYOR", "COMMITTEE", "ADMINISTRATION");

	static final Set<String> CHANNELS = Set.of("LETTER", "EMAIL", "DIGITAL_POST", "PHONE", "IN_PERSON");

	/** The municipality's service target for replies (local policy; the rule's length is configurable data). */
	static final String REPLY_RULE = "INQUIRY_REPLY";

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseLists lists;

	private final Journal journal;

	private final CaseDeadlines deadlines;

	private final Organisation organisation;

	private final AccessPolicy access;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Inquiries(JdbcClient jdbc, Cases cases, CaseLists lists, Journal journal, CaseDeadlines deadlines, Organisation organisation,
			AccessPolicy access, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.lists = lists;
		this.journal = journal;
		this.deadlines = deadlines;
		this.organisation = organisation;
		this.access = access;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Inquiry register(NewInquiry n, CurrentUser user) {
		access.require(user, Action.CREATE_CASE, "registrér henvendelse");
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		if (n.addressedTo() == null || !ADDRESSED_TO.contains(n.addressedTo())) {
			throw new InvalidInputException("addressedTo", "Angiv om henvendelsen er til borgmesteren, udvalget eller forvaltningen.");
		}
		if (n.channel() == null || !CHANNELS.contains(n.channel())) {
			throw new InvalidInputException("channel", "Angiv hvordan henvendelsen kom ind.");
		}
		if (n.receivedOn() == null || n.receivedOn().isAfter(today)) {
			throw new InvalidInputException("receivedOn", "Angiv modtagelsesdatoen; den kan ikke ligge i fremtiden.");
		}
		String subject = required(n.subject(), "subject", 300, "Skriv kort, hvad henvendelsen handler om (højst 300 tegn).");
		String text = required(n.text(), "text", 50_000, "Skriv eller indsæt henvendelsens tekst.");
		Staff assignee = organisation.staffByUsername(n.assignee() == null ? "" : n.assignee().strip())
			.filter(s -> s.active() && !s.role().isExternal() && s.unitId() != null)
			.orElseThrow(() -> new InvalidInputException("assignee", "Vælg en aktiv medarbejder, der skal besvare henvendelsen."));
		List<String> topics = n.topics() == null ? List.of()
				: n.topics().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).distinct().toList();
		long id = transaction.execute(status -> {
			// opening the inquiry's case starts the service target's reply date from the day it was received
			CaseFile own = cases.registerFor(new RegisterCase("INQUIRY", "Henvendelse: " + subject, n.citizenCpr(), n.citizenName()),
					assignee.unitId(), assignee.id(), n.receivedOn().atTime(8, 0).atZone(WorkingDayCalendar.COPENHAGEN).toInstant(), user);
			List<CaseFile> linked = linkable(n.linkedCases(), own, user);
			journal.journal(own.caseNumber(), new NewDocument("Henvendelse: " + subject, Direction.INCOMING, DocumentKind.LETTER,
					n.receivedOn(), text), null, user);
			long inquiryId = jdbc.sql("""
					INSERT INTO inquiries.inquiry (case_id, case_number, unit_id, addressed_to, channel, received_on, subject, text, topics,
					    assignee_id, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?) RETURNING id""")
				.params(own.id(), own.caseNumber(), own.unitId(), n.addressedTo(), n.channel(), n.receivedOn(), subject, text,
						topics.toArray(String[]::new), assignee.id(), user.username(), Timestamp.from(Instant.now(clock)))
				.query(Long.class)
				.single();
			for (CaseFile c : linked) {
				jdbc.sql("INSERT INTO inquiries.inquiry_case (inquiry_id, case_id, case_number) VALUES (?, ?, ?)")
					.params(inquiryId, c.id(), c.caseNumber())
					.update();
			}
			return inquiryId;
		});
		return get(id, user);
	}

	/**
	 * An inquiry's case handed over to a colleague: the colleague answers it. Synchronous, in the handover's own
	 * transaction (not the event publication registry), so the case and the inquiry never have different owners.
	 */
	@EventListener
	void caseworkerChanged(CaseworkerChanged e) {
		jdbc.sql("UPDATE inquiries.inquiry SET assignee_id = ? WHERE case_id = ?").params(e.toStaffId(), e.caseId()).update();
	}

	/** The inquiry, if the user may read its case (the read is logged). */
	public Inquiry get(long id, CurrentUser user) {
		Row row = row(id);
		CaseFile caseFile = cases.open(row.caseNumber(), user);
		return inquiry(row, caseFile);
	}

	/**
	 * Open inquiries the user may see, soonest reply date first; answered ones follow, newest first (at most 500). The
	 * access policy's case filter is part of the query, so the limit counts only inquiries the user may see.
	 */
	public List<Inquiry> list(boolean openOnly, CurrentUser user) {
		if (!access.mayEver(user, Action.LIST_CASES)) {
			access.require(user, Action.LIST_CASES, "henvendelser");
		}
		CaseFilter filter = access.filter(user, Action.LIST_CASES);
		List<Object> params = new ArrayList<>(Arrays.asList(filter.parameters()));
		params.add(openOnly);
		// the inquiry stands for its case: the same unit, and its assignee is the case's caseworker
		List<Row> rows = jdbc.sql("""
				SELECT i.* FROM inquiries.inquiry i
				JOIN LATERAL (SELECT i.case_id AS id, i.unit_id AS unit_id, i.assignee_id AS caseworker_id) f ON true
				WHERE """ + CaseFilter.SQL + """
				  AND (NOT ? OR i.status = 'OPEN')
				ORDER BY i.status, CASE WHEN i.status = 'OPEN' THEN i.received_on END, i.received_on DESC LIMIT 500""")
			.params(params.toArray())
			.query(Inquiries::row)
			.list();
		access.logList(user, lists.citizensOf(rows.stream().map(Row::caseNumber).toList()), "henvendelser");
		List<Inquiry> out = inquiries(rows, null);
		out.sort((a, b) -> a.answered() != b.answered() ? Boolean.compare(a.answered(), b.answered())
				: a.answered() ? b.receivedOn().compareTo(a.receivedOn())
						: compareDue(a.replyDue(), b.replyDue()));
		return out;
	}

	Inquiry inquiry(Row row, CaseFile caseFile) {
		String citizen = cases.parties(caseFile).stream().filter(p -> p.role() == PartyRole.PRIMARY).map(Party::citizen)
			.map(c -> c.name()).findFirst().orElse(null);
		return inquiries(List.of(row), citizen).get(0);
	}

	/** The rows as inquiries, with their reply dates, linked cases, agenda items and assignees read once for all of them. */
	private List<Inquiry> inquiries(List<Row> rows, String citizenName) {
		Long[] ids = rows.stream().map(Row::id).toArray(Long[]::new);
		Map<Long, CaseDeadline> due = deadlines.newestOf(rows.stream().map(Row::caseId).toList(), REPLY_RULE);
		Map<Long, List<String>> linked = new HashMap<>();
		jdbc.sql("SELECT inquiry_id, case_number FROM inquiries.inquiry_case WHERE inquiry_id = ANY(?) ORDER BY case_number").param(ids)
			.query((rs, n) -> linked.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		Map<Long, List<AgendaItem>> items = jdbc.sql(Committees.ITEMS + " WHERE a.inquiry_id = ANY(?) ORDER BY m.meets_on").param(ids)
			.query(Committees::item)
			.list()
			.stream()
			.collect(Collectors.groupingBy(AgendaItem::inquiryId));
		Map<Long, String> names = organisation.allStaff().stream().collect(Collectors.toMap(Staff::id, Staff::fullName));
		List<Inquiry> out = new ArrayList<>(rows.size());
		for (Row r : rows) {
			CaseDeadline d = due.get(r.caseId());
			out.add(new Inquiry(r.id(), r.caseNumber(), r.unitId(), r.addressedTo(), r.channel(), r.receivedOn(), citizenName, r.subject(),
					r.text(), r.topics(), r.assigneeId(), names.get(r.assigneeId()), r.status(), r.replyDocument(), r.repliedOn(),
					d == null ? null : d.dueDate(), d == null ? null : d.status(), linked.getOrDefault(r.id(), List.of()),
					items.getOrDefault(r.id(), List.of())));
		}
		return out;
	}

	private static int compareDue(LocalDate a, LocalDate b) {
		return a == null ? (b == null ? 0 : 1) : b == null ? -1 : a.compareTo(b);
	}

	/** The citizen's cases the inquiry is about; each must be one the user may read and have the citizen as a party. */
	private List<CaseFile> linkable(List<String> caseNumbers, CaseFile own, CurrentUser user) {
		Set<String> numbers = new LinkedHashSet<>(caseNumbers == null ? List.of()
				: caseNumbers.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList());
		List<CaseFile> out = new ArrayList<>();
		for (String number : numbers) {
			CaseFile c = cases.open(number, user);
			boolean citizensCase = cases.parties(c).stream().anyMatch(p -> p.citizen().id() == own.primaryCitizenId());
			if (!citizensCase) {
				throw new InvalidInputException("linkedCases", "Sag " + number + " vedrører ikke borgeren, der har henvendt sig.");
			}
			out.add(c);
		}
		return out;
	}

	Row row(long id) {
		return jdbc.sql("SELECT * FROM inquiries.inquiry WHERE id = ?").param(id).query(Inquiries::row).optional()
			.orElseThrow(() -> new NotFoundException("Henvendelsen findes ikke."));
	}

	private static String required(String value, String field, int max, String message) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() || text.length() > max) {
			throw new InvalidInputException(field, message);
		}
		return text;
	}

	record Row(long id, long caseId, String caseNumber, long unitId, String addressedTo, String channel, LocalDate receivedOn, String subject,
			String text, List<String> topics, long assigneeId, String status, String replyDocument, LocalDate repliedOn) {
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		Array topics = rs.getArray("topics");
		return new Row(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"), rs.getLong("unit_id"), rs.getString("addressed_to"),
				rs.getString("channel"), rs.getObject("received_on", LocalDate.class), rs.getString("subject"), rs.getString("text"),
				Arrays.asList((String[]) topics.getArray()), rs.getLong("assignee_id"), rs.getString("status"), rs.getString("reply_document"),
				rs.getObject("replied_on", LocalDate.class));
	}
}
