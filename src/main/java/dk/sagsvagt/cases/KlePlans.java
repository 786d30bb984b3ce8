package dk.sagsvagt.cases;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.sagsvagt.cases.internal.KleXml;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KLE plan (KL's emnesystematik) in force: releases of the emneplan and the handlingsfacetter, imported whole
 * from KL's XML, each kept (a case keeps the number it was opened with). A new case needs a number the newest
 * emneplan does not mark expired; a complete release vouches for every number, so one it lacks has expired too.
 */
@Service
public class KlePlans {

	/** A release as imported. */
	public record Plan(long id, String kind, LocalDate releasedOn, boolean complete, String source, Instant importedAt, int entries) {
	}

	/** A number of the newest emneplan. */
	public record Subject(String number, String title, LocalDate expiredOn, String replacedBy) {
	}

	/** What an import did; {@code alreadyThere} when the release had been imported before (nothing changed). */
	public record Imported(String kind, LocalDate releasedOn, int entries, int expired, boolean alreadyThere) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	KlePlans(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Imports a whole release (emneplan or handlingsfacetter, told by its root element), once. */
	@Transactional
	public Imported importRelease(InputStream xml, String source, String actor) {
		KleXml.Release release = KleXml.read(xml);
		int expired = (int) release.entries().stream().filter(e -> e.expiredOn() != null).count();
		Long id = jdbc.sql("""
				INSERT INTO cases.kle_plan (kind, released_on, complete, source, imported_by) VALUES (?, ?, true, ?, ?)
				ON CONFLICT (kind, released_on, complete) DO NOTHING RETURNING id""")
			.params(release.kind(), release.releasedOn(), source == null || source.isBlank() ? "KLE-fil" : source.strip(), actor)
			.query(Long.class)
			.optional()
			.orElse(null);
		if (id == null) {
			return new Imported(release.kind(), release.releasedOn(), release.entries().size(), expired, true);
		}
		String table = release.kind().equals("EMNEPLAN") ? "cases.kle_subject (plan_id, number, title, expired_on, replaced_by)"
				: "cases.kle_facet (plan_id, code, title, expired_on)";
		for (KleXml.Entry e : release.entries()) {
			if (release.kind().equals("EMNEPLAN")) {
				if (!e.number().matches("[0-9]{2}(\\.[0-9]{2}){0,2}")) {
					throw new InvalidInputException("file", "'" + e.number() + "' er ikke et KLE-nummer.");
				}
				jdbc.sql("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
					.params(id, e.number(), e.title(), e.expiredOn(), e.replacedBy())
					.update();
			}
			else if (e.number().matches("[APSØGKI][0-9]{2}")) {
				jdbc.sql("INSERT INTO " + table + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
					.params(id, e.number(), e.title(), e.expiredOn())
					.update();
			}
		}
		return new Imported(release.kind(), release.releasedOn(), release.entries().size(), expired, false);
	}

	/** Every release imported, newest first. */
	public List<Plan> plans() {
		return jdbc.sql("""
				SELECT p.id, p.kind, p.released_on, p.complete, p.source, p.imported_at,
				       (SELECT count(*) FROM cases.kle_subject s WHERE s.plan_id = p.id) + (SELECT count(*) FROM cases.kle_facet f WHERE f.plan_id = p.id) AS entries
				FROM cases.kle_plan p ORDER BY p.kind, p.released_on DESC, p.complete DESC""")
			.query((rs, n) -> new Plan(rs.getLong("id"), rs.getString("kind"), rs.getObject("released_on", LocalDate.class),
					rs.getBoolean("complete"), rs.getString("source"), rs.getTimestamp("imported_at").toInstant(), rs.getInt("entries")))
			.list();
	}

	/** The number in the emneplan in force, if it has it. */
	public Optional<Subject> subject(String number) {
		return newest("EMNEPLAN").flatMap(plan -> jdbc.sql("SELECT number, title, expired_on, replaced_by FROM cases.kle_subject WHERE plan_id = ? AND number = ?")
			.params(plan.id(), number)
			.query((rs, n) -> new Subject(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)))
			.optional());
	}

	/** The facet's title in the newest handlingsfacetter, if it has it. */
	public Optional<String> facet(String code) {
		return code == null ? Optional.empty() : newest("HANDLINGSFACETTER").flatMap(plan -> jdbc.sql(
				"SELECT title FROM cases.kle_facet WHERE plan_id = ? AND code = ? AND (expired_on IS NULL OR expired_on > ?)")
			.params(plan.id(), code, today())
			.query(String.class)
			.optional());
	}

	/** The newest emneplan's release date, the KLE version a message names. */
	public Optional<LocalDate> version() {
		return newest("EMNEPLAN").map(Plan::releasedOn);
	}

	/**
	 * Refuses a number the newest emneplan marks expired (from its UdgaaetDato or FlyttetDato), or lacks when it is a
	 * complete release; the refusal says which number replaces it where the plan says so.
	 */
	public void requireUsable(String number, String field) {
		Optional<Plan> plan = newest("EMNEPLAN");
		if (plan.isEmpty()) {
			return;
		}
		Optional<Subject> subject = subject(number);
		if (subject.isPresent() && subject.get().expiredOn() != null && !subject.get().expiredOn().isAfter(today())) {
			Subject s = subject.get();
			throw new InvalidInputException(field, "KLE-nummeret " + s.number() + " (" + s.title() + ") er udgået den "
					+ DanishDates.longDate(s.expiredOn()) + (s.replacedBy() == null ? "" : " og afløst af " + s.replacedBy())
					+ ". En administrator skal give sagstypen et gyldigt KLE-nummer.");
		}
		if (subject.isEmpty() && plan.get().complete()) {
			throw new InvalidInputException(field, "KLE-nummeret " + number + " findes ikke i KLE-emneplanen udgivet "
					+ DanishDates.longDate(plan.get().releasedOn()) + ". En administrator skal give sagstypen et gyldigt KLE-nummer.");
		}
	}

	/** Gives a case type the KLE number (and facet) new cases of the type get; the number must be usable today. */
	@Transactional
	public void mapCaseType(String caseType, String number, String facet, String actor) {
		if (number == null || !number.strip().matches("[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}")) {
			throw new InvalidInputException("kle", "Et KLE-emnenummer har formen 34.10.10.");
		}
		requireUsable(number.strip(), "kle");
		String code = facet == null || facet.isBlank() ? null : facet.strip().toUpperCase(java.util.Locale.forLanguageTag("da"));
		if (code != null && !code.matches("[APSØGKI][0-9]{2}")) {
			throw new InvalidInputException("facet", "En handlingsfacet har formen G01.");
		}
		int changed = jdbc.sql("UPDATE cases.case_type SET kle = ?, kle_facet = ? WHERE code = ?").params(number.strip(), code, caseType).update();
		if (changed == 0) {
			throw new InvalidInputException("caseType", "Vælg en af sagstyperne på listen.");
		}
	}

	/**
	 * A case type's KLE number and facet, with their titles in the newest releases (null when a release lacks them).
	 */
	public record CaseTypeNumber(String caseType, String name, String kle, String facet, String title, String facetTitle) {
	}

	/** Each case type with its number and facet. */
	public List<CaseTypeNumber> caseTypeNumbers() {
		return jdbc.sql("SELECT code, name, kle, kle_facet FROM cases.case_type ORDER BY sort")
			.query((rs, n) -> new CaseTypeNumber(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), null, null))
			.list()
			.stream()
			.map(t -> new CaseTypeNumber(t.caseType(), t.name(), t.kle(), t.facet(), subject(t.kle()).map(Subject::title).orElse(null),
					facet(t.facet()).orElse(null)))
			.toList();
	}

	/** The release in force: the newest released by today (a release announced for a later date is not yet). */
	private Optional<Plan> newest(String kind) {
		LocalDate today = today();
		return plans().stream().filter(p -> p.kind().equals(kind) && !p.releasedOn().isAfter(today)).findFirst();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
	}
}
