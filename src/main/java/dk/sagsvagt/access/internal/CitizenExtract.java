package dk.sagsvagt.access.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.internal.AccessLogWriter;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.shared.Letterhead;
import dk.sagsvagt.organisation.Signatures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A citizen's extract of the access log (databeskyttelsesforordningen art. 15): who, by role and unit, read what
 * about the citizen, and when, in a period. Asking for an extract is itself logged.
 */
@Service
public class CitizenExtract {
	private final JdbcClient jdbc;

	private final Citizens citizens;

	private final LogWords words;

	private final AccessPolicy access;

	private final AccessLogWriter log;

	private final String letterhead;

	/** The administration and its address, above every letter. */
	private final java.util.List<String> letterheadLines;

	private final Signatures signatures;

	CitizenExtract(JdbcClient jdbc, Citizens citizens, LogWords words, AccessPolicy access,
			AccessLogWriter log, Letterhead letterhead, Signatures signatures) {
		this.signatures = signatures;
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.words = words;
		this.access = access;
		this.log = log;
		this.letterhead = letterhead.administration();
		this.letterheadLines = letterhead.lines();
	}

	/** One read of the citizen's data. */
	public record Read(java.time.Instant at, String role, String unit, String action, String caseNumber,
			String documentNumber, String outcome) {
	}

	public byte[] pdf(String cpr, LocalDate from, LocalDate to, CurrentUser user) {
		if (from == null || to == null) {
			throw new InvalidInputException(from == null ? "from" : "to", "Angiv periodens første og sidste dag.");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "Periodens sidste dag ligger før den første.");
		}
		access.require(user, Action.CITIZEN_EXTRACT, "udtræk af adgangslog");
		Citizen citizen = citizens.findByCpr(Cpr.parse(cpr, "cpr"))
			.orElseThrow(() -> new NotFoundException("Der er ingen borger med dette CPR-nummer."));
		log.write(new AccessLogWriter.Entry(user, Action.CITIZEN_EXTRACT, true, null, null, null, List.of(citizen.id()), null,
				"periode " + from + " – " + to));
		List<Read> reads = reads(citizen.id(), from, to);
		List<List<String>> rows = reads.stream()
			.map(r -> List.of(DanishDates.dayTime(r.at()), r.role(), r.unit(), r.action(),
					r.documentNumber() != null ? r.documentNumber() : r.caseNumber() == null ? "" : r.caseNumber(),
					r.outcome().equals("ALLOWED") ? "Givet" : "Afvist"))
			.toList();
		return new PdfReport(letterheadLines, "Udtræk fra adgangsloggen")
			.paragraph("Borger: " + citizen.name() + ", CPR-nummer " + citizen.maskedCpr())
			.paragraph("Periode: " + DanishDates.day(from) + " – " + DanishDates.day(to))
			.paragraph("Udtrækket viser, hvem der har set oplysninger om borgeren, hvornår og hvad, efter "
					+ "databeskyttelsesforordningens artikel 15. Medarbejdere er angivet ved rolle og enhed. "
					+ "Afviste forsøg er også medtaget.")
			.heading(reads.isEmpty() ? "Ingen opslag i perioden." : reads.size() + " opslag")
			.table(new float[] { 0.16f, 0.16f, 0.24f, 0.2f, 0.16f, 0.08f },
					List.of("Tidspunkt", "Rolle", "Enhed", "Handling", "Sag/dokument", "Udfald"), rows)
			.signature(signatures.of(user.username(), letterhead).lines())
			.render();
	}

	List<Read> reads(long citizenId, LocalDate from, LocalDate to) {
		Map<String, LogWords.Who> who = new HashMap<>();
		return jdbc.sql("""
				SELECT logged_at, username, role, action, case_number, document_number, outcome
				FROM access.access_log
				WHERE citizen_ids @> ARRAY[?]::bigint[] AND day BETWEEN ? AND ?
				ORDER BY logged_at, id""")
			.params(citizenId, from, to)
			.query((rs, n) -> {
				LogWords.Who person = who.computeIfAbsent(rs.getString("username"), words::who);
				return new Read(rs.getTimestamp("logged_at").toInstant(), person.role(), person.unit(),
						words.action(rs.getString("action")), rs.getString("case_number"),
						rs.getString("document_number"), rs.getString("outcome"));
			})
			.list();
	}

}
