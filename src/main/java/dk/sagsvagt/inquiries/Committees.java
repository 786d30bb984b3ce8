package dk.sagsvagt.inquiries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.Letterhead;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Committee meetings (e.g. Socialudvalget) and their agendas. An inquiry is put forward as an agenda item with a
 * summary written for the committee (no CPR numbers); its case's timeline records it. The agenda is a Danish PDF.
 */
@Service
public class Committees {

	static final String ITEMS = """
			SELECT a.id, a.meeting_id, m.committee, m.meets_on, a.position, a.title, a.summary, a.inquiry_id, i.case_number
			FROM inquiries.agenda_item a JOIN inquiries.meeting m ON m.id = a.meeting_id
			LEFT JOIN inquiries.inquiry i ON i.id = a.inquiry_id""";

	/** What a leader not named on a case's special protection sees of its agenda item. */
	static final String PROTECTED_ITEM = "Særligt beskyttet punkt";

	static final String PROTECTED_SUMMARY = "Punktet vises kun for dem, der er navngivet på sagens særlige beskyttelse.";

	/** What a leader not named on the special protection of an attached document's case sees of its title. */
	static final String PROTECTED_DOCUMENT = "Særligt beskyttet dokument";


	private final JdbcClient jdbc;

	private final Inquiries inquiries;

	private final Cases cases;

	private final Letterhead letterhead;

	private final AccessPolicy access;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Committees(JdbcClient jdbc, Inquiries inquiries, Cases cases, Letterhead letterhead, AccessPolicy access,
			TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.inquiries = inquiries;
		this.cases = cases;
		this.letterhead = letterhead;
		this.access = access;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Meeting createMeeting(String committee, LocalDate meetsOn, String place, CurrentUser user) {
		access.require(user, Action.LEAD, "udvalgsmøde");
		String name = committee == null ? "" : committee.strip();
		if (name.length() < 2 || name.length() > 200) {
			throw new InvalidInputException("committee", "Skriv udvalgets navn, fx Socialudvalget.");
		}
		if (meetsOn == null || meetsOn.isBefore(today())) {
			throw new InvalidInputException("meetsOn", "Angiv mødedatoen; den kan ikke ligge før i dag.");
		}
		try {
			long id = jdbc.sql("INSERT INTO inquiries.meeting (committee, meets_on, place, created_by, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id")
				.params(name, meetsOn, place == null || place.isBlank() ? null : place.strip(), user.username(), Timestamp.from(Instant.now(clock)))
				.query(Long.class)
				.single();
			return meeting(id);
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException(name + " har allerede et møde den " + dk.sagsvagt.shared.DanishDates.longDate(meetsOn) + ".");
		}
	}

	public List<Meeting> meetings(CurrentUser user) {
		access.require(user, Action.LEAD, "udvalgsmøder");
		List<Long> citizens = new ArrayList<>();
		List<Meeting> meetings = jdbc.sql("SELECT id FROM inquiries.meeting ORDER BY meets_on DESC, committee").query(Long.class).list()
			.stream()
			.map(id -> shownTo(meeting(id), user, citizens))
			.toList();
		access.logList(user, citizens.stream().distinct().toList(), "udvalgsmøder");
		return meetings;
	}

	/** The meeting and its agenda as the user may see it; the read is logged with the citizens of the items shown. */
	public Meeting get(long id, CurrentUser user) {
		access.require(user, Action.LEAD, "udvalgsmøde");
		List<Long> citizens = new ArrayList<>();
		Meeting meeting = shownTo(meeting(id), user, citizens);
		access.logList(user, citizens.stream().distinct().toList(), "dagsorden for udvalgsmøde " + id);
		return meeting;
	}

	/**
	 * An item about a case special protection hides from the user keeps its place on the agenda and nothing else;
	 * the citizens of the items shown are added to {@code shown}.
	 */
	private Meeting shownTo(Meeting m, CurrentUser user, List<Long> shown) {
		List<AgendaItem> items = new ArrayList<>();
		for (AgendaItem item : m.items()) {
			CaseFacts facts = item.inquiryCaseNumber() == null ? null : cases.facts(item.inquiryCaseNumber());
			if (facts != null && access.protects(user, facts)) {
				items.add(new AgendaItem(item.id(), item.meetingId(), item.committee(), item.meetsOn(), item.position(), PROTECTED_ITEM,
						PROTECTED_SUMMARY, null, null, List.of()));
				continue;
			}
			if (facts != null) {
				shown.addAll(facts.citizenIds());
			}
			List<AgendaDocument> documents = new ArrayList<>();
			for (AgendaDocument d : item.documents()) {
				CaseFacts of = cases.facts(d.documentNumber().substring(0, d.documentNumber().lastIndexOf('-')));
				if (access.protects(user, of)) {
					documents.add(new AgendaDocument(d.documentNumber(), PROTECTED_DOCUMENT));
					continue;
				}
				shown.addAll(of.citizenIds());
				documents.add(d);
			}
			items.add(new AgendaItem(item.id(), item.meetingId(), item.committee(), item.meetsOn(), item.position(), item.title(),
					item.summary(), item.inquiryId(), item.inquiryCaseNumber(), documents));
		}
		return new Meeting(m.id(), m.committee(), m.meetsOn(), m.place(), items);
	}


	/**
	 * Puts an inquiry forward to a coming meeting as the next item on its agenda (once per meeting); the inquiry's case
	 * timeline records it.
	 */
	public AgendaItem putForward(long inquiryId, long meetingId, String title, String summary, CurrentUser user) {
		access.require(user, Action.LEAD, "dagsordenspunkt");
		Inquiry inquiry = inquiries.get(inquiryId, user);
		Meeting meeting = coming(meetingId);
		String heading = title == null || title.isBlank() ? "Orientering om henvendelse: " + inquiry.subject() : title.strip();
		String text = summary == null ? "" : summary.strip();
		if (heading.length() > 300) {
			throw new InvalidInputException("title", "Overskriften må højst have 300 tegn.");
		}
		if (text.length() < 10 || text.length() > 20_000) {
			throw new InvalidInputException("summary", "Skriv et resumé til udvalget (uden cpr-numre), mindst 10 tegn.");
		}
		if (text.matches("(?s).*\\b\\d{6}-?\\d{4}\\b.*")) {
			throw new InvalidInputException("summary", "Resuméet må ikke indeholde cpr-numre; dagsordenen kan blive offentlig.");
		}
		long id = transaction.execute(status -> {
			// one writer per agenda at a time, so positions are drawn in turn
			jdbc.sql("SELECT id FROM inquiries.meeting WHERE id = ? FOR UPDATE").param(meetingId).query(Long.class).single();
			long itemId;
			try {
				itemId = jdbc.sql("""
						INSERT INTO inquiries.agenda_item (meeting_id, position, title, summary, inquiry_id, created_by, created_at)
						VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM inquiries.agenda_item WHERE meeting_id = ?), ?, ?, ?, ?, ?)
						RETURNING id""")
					.params(meetingId, meetingId, heading, text, inquiryId, user.username(), Timestamp.from(Instant.now(clock)))
					.query(Long.class)
					.single();
			}
			catch (DuplicateKeyException e) {
				throw new ConflictException("Henvendelsen er allerede på dagsordenen for dette møde.");
			}
			cases.recordEvent(inquiries.row(inquiryId).caseId(), Instant.now(clock), "COMMITTEE",
					"Forelagt " + meeting.committee() + " (mødet " + dk.sagsvagt.shared.DanishDates.longDate(meeting.meetsOn()) + ")", user.username());
			return itemId;
		});
		return jdbc.sql(ITEMS + " WHERE a.id = ?").param(id).query(Committees::item).single();
	}

	/** The agenda as a Danish PDF: the committee, date and place, then each item with its summary. */
	public byte[] agendaPdf(long meetingId, CurrentUser user) {
		Meeting m = get(meetingId, user);
		PdfReport pdf = new PdfReport(letterhead.lines(), "Dagsorden: " + m.committee() + ", " + dk.sagsvagt.shared.DanishDates.longDate(m.meetsOn()));
		if (m.place() != null) {
			pdf.paragraph("Sted: " + m.place());
		}
		if (m.items().isEmpty()) {
			pdf.paragraph("Der er ingen punkter på dagsordenen.");
		}
		for (AgendaItem item : m.items()) {
			pdf.heading(item.position() + ". " + item.title());
			pdf.paragraph(item.summary());
			if (item.inquiryCaseNumber() != null) {
				pdf.paragraph("Sagsnummer: " + item.inquiryCaseNumber());
			}
			if (!item.documents().isEmpty()) {
				pdf.table(new float[] { 0.3f, 0.7f }, List.of("Bilag", "Titel"),
						item.documents().stream().map(d -> List.of(d.documentNumber(), d.title())).toList());
			}
		}
		return pdf.render();
	}

	Meeting meeting(long id) {
		return jdbc.sql("SELECT id, committee, meets_on, place FROM inquiries.meeting WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Meeting(rs.getLong("id"), rs.getString("committee"), rs.getObject("meets_on", LocalDate.class),
					rs.getString("place"), withDocuments(jdbc.sql(ITEMS + " WHERE a.meeting_id = ? ORDER BY a.position").param(id)
						.query(Committees::item).list())))
			.optional()
			.orElseThrow(() -> new NotFoundException("Mødet findes ikke."));
	}

	private List<AgendaItem> withDocuments(List<AgendaItem> items) {
		Map<Long, List<AgendaDocument>> documents = new HashMap<>();
		jdbc.sql("SELECT item_id, document_number, title FROM inquiries.agenda_document WHERE item_id = ANY(?) ORDER BY item_id, position")
			.param(items.stream().map(AgendaItem::id).toArray(Long[]::new))
			.query((rs, n) -> documents.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AgendaDocument(rs.getString(2), rs.getString(3))))
			.list();
		return items.stream()
			.map(i -> new AgendaItem(i.id(), i.meetingId(), i.committee(), i.meetsOn(), i.position(), i.title(), i.summary(), i.inquiryId(),
					i.inquiryCaseNumber(), documents.get(i.id())))
			.toList();
	}

	/** Refuses a meeting that has been held: its agenda is closed. */
	Meeting coming(long meetingId) {
		Meeting meeting = meeting(meetingId);
		if (meeting.meetsOn().isBefore(today())) {
			throw new ConflictException("Mødet den " + dk.sagsvagt.shared.DanishDates.longDate(meeting.meetsOn()) + " er afholdt; vælg et kommende møde.");
		}
		return meeting;
	}

	static String date(LocalDate day) {
		return dk.sagsvagt.shared.DanishDates.longDate(day);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
	}

	static AgendaItem item(ResultSet rs, int n) throws SQLException {
		return new AgendaItem(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("committee"), rs.getObject("meets_on", LocalDate.class),
				rs.getInt("position"), rs.getString("title"), rs.getString("summary"), rs.getObject("inquiry_id", Long.class),
				rs.getString("case_number"), List.of());
	}
}
