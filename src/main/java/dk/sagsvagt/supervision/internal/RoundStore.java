package dk.sagsvagt.supervision.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.RoundStatus;
import dk.sagsvagt.supervision.SampledCase;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rounds, their reviewers, populations and samples. */
@Component
public class RoundStore {

	private final JdbcClient jdbc;

	RoundStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A round as it is planned, before it has an id. */
	public record NewRound(String name, LocalDate periodFrom, LocalDate periodTo, String templateId, List<Long> unitIds,
			List<String> caseTypes, LocalDate openedFrom, LocalDate openedTo, int sampleSize, boolean perUnit, boolean byMeasure,
			int minPerStratum, long caseId, String caseNumber, Long previousRoundId) {
	}

	/** Registers the round, planned; returns its id. */
	public long insert(NewRound r, String createdBy, Instant at) {
		return jdbc.sql("""
				INSERT INTO supervision.round (name, period_from, period_to, template_id, unit_ids, case_types, opened_from,
				    opened_to, sample_size, per_unit, by_measure, min_per_stratum, status, case_id, case_number,
				    previous_round_id, created_by, created_at)
				VALUES (:name, :periodFrom, :periodTo, :templateId, :unitIds, :caseTypes, :openedFrom, :openedTo, :sampleSize, :perUnit,
				    :byMeasure, :minPerStratum, 'PLANNED', :caseId, :caseNumber, :previousRoundId, :createdBy, :createdAt) RETURNING id""")
			.param("name", r.name())
			.param("periodFrom", r.periodFrom())
			.param("periodTo", r.periodTo())
			.param("templateId", r.templateId())
			.param("unitIds", r.unitIds().toArray(Long[]::new))
			.param("caseTypes", r.caseTypes().toArray(String[]::new))
			.param("openedFrom", r.openedFrom())
			.param("openedTo", r.openedTo())
			.param("sampleSize", r.sampleSize())
			.param("perUnit", r.perUnit())
			.param("byMeasure", r.byMeasure())
			.param("minPerStratum", r.minPerStratum())
			.param("caseId", r.caseId())
			.param("caseNumber", r.caseNumber())
			.param("previousRoundId", r.previousRoundId())
			.param("createdBy", createdBy)
			.param("createdAt", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** A general finding of the round, naming the cases and questions it rests on. */
	public void addFinding(long roundId, String text, List<String> caseNumbers, List<String> questions, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO supervision.finding (round_id, text, case_numbers, questions, created_by, created_at)
				VALUES (:roundId, :text, :caseNumbers, :questions, :by, :at)""")
			.param("roundId", roundId)
			.param("text", text)
			.param("caseNumbers", caseNumbers.toArray(String[]::new))
			.param("questions", questions.toArray(String[]::new))
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The round's general findings, in the order they were written. */
	public List<dk.sagsvagt.supervision.Finding> findings(long roundId) {
		return jdbc.sql("SELECT * FROM supervision.finding WHERE round_id = ? ORDER BY id")
			.param(roundId)
			.query((rs, n) -> new dk.sagsvagt.supervision.Finding(rs.getLong("id"), rs.getString("text"),
					List.of((String[]) rs.getArray("case_numbers").getArray()), List.of((String[]) rs.getArray("questions").getArray()),
					rs.getString("created_by"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** The round concluded, with its workbook and result note as journaled. */
	public void concluded(long roundId, Instant at, String workbookDocument, String resultNoteDocument) {
		jdbc.sql("""
				UPDATE supervision.round SET status = 'CONCLUDED', concluded_at = :at, workbook_document = :workbook,
				    result_note_document = :resultNote WHERE id = :id""")
			.param("at", Timestamp.from(at))
			.param("workbook", workbookDocument)
			.param("resultNote", resultNoteDocument)
			.param("id", roundId)
			.update();
	}

	/** A reviewer's answer to a question on a case, at their level (the system's pre-filled level 0 left out). */
	public record Reviewed(String caseNumber, String question, int level) {
	}

	/** Every reviewer's answer in the round. */
	public List<Reviewed> reviewed(long roundId) {
		return jdbc.sql("SELECT case_number, question, level FROM supervision.answer WHERE round_id = ? AND level > 0")
			.param(roundId)
			.query((rs, n) -> new Reviewed(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	/** A reviewer of the round at a level (2: the first review, higher: the lawyers' and leaders'). */
	public void addReviewer(long roundId, int level, String username) {
		jdbc.sql("INSERT INTO supervision.reviewer (round_id, level, username) VALUES (?, ?, ?)").params(roundId, level, username).update();
	}

	/** Leaves a sampled case out, with the reason and the case drawn in its place (none when the stratum is used up). */
	public void exclude(long roundId, String caseNumber, String reason, String by, Instant at, String replacedBy) {
		jdbc.sql("""
				UPDATE supervision.sample SET excluded_reason = :reason, excluded_by = :by, excluded_at = :at, replaced_by = :replacedBy
				WHERE round_id = :roundId AND case_number = :caseNumber""")
			.param("reason", reason)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.param("replacedBy", replacedBy)
			.param("roundId", roundId)
			.param("caseNumber", caseNumber)
			.update();
	}

	public Optional<Round> find(long id) {
		return jdbc.sql("SELECT * FROM supervision.round WHERE id = ?").param(id).query(this::round).optional();
	}

	public Round lock(long id) {
		return jdbc.sql("SELECT * FROM supervision.round WHERE id = ? FOR UPDATE").param(id).query(this::round).optional()
			.orElseThrow(() -> new dk.sagsvagt.shared.NotFoundException("Tilsynsrunde " + id + " findes ikke."));
	}

	public List<Round> all() {
		return jdbc.sql("SELECT * FROM supervision.round ORDER BY period_from DESC, id DESC").query(this::round).list();
	}

	public void status(long id, RoundStatus status) {
		jdbc.sql("UPDATE supervision.round SET status = ? WHERE id = ?").params(status.name(), id).update();
	}

	/** The sample, drawn cases first, in the order drawn. */
	public List<SampledCase> sample(long roundId) {
		return jdbc.sql("""
				SELECT case_number, case_id, unit_id, stratum, sha256, drawn_as, excluded_reason, replaced_by
				FROM supervision.sample WHERE round_id = ? ORDER BY drawn_as, stratum, sha256""")
			.param(roundId)
			.query((rs, n) -> new SampledCase(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
	}

	/** Clears a round's earlier draw (answers, sample, population) and stores the population drawn from now. */
	public void replacePopulation(long roundId, List<dk.sagsvagt.cases.CaseLists.PopulationCase> population, List<String> strata) {
		jdbc.sql("DELETE FROM supervision.answer WHERE round_id = ?").param(roundId).update();
		jdbc.sql("DELETE FROM supervision.sample WHERE round_id = ?").param(roundId).update();
		jdbc.sql("DELETE FROM supervision.population WHERE round_id = ?").param(roundId).update();
		jdbc.sql("""
				INSERT INTO supervision.population (round_id, case_numbers, case_ids, unit_ids, categories, strata)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(roundId, population.stream().map(c -> c.caseNumber()).toArray(String[]::new),
					population.stream().map(c -> c.id()).toArray(Long[]::new),
					population.stream().map(c -> c.unitId()).toArray(Long[]::new),
					population.stream().map(c -> dk.sagsvagt.supervision.Checklists.category(c.caseType())).toArray(String[]::new),
					strata.toArray(String[]::new))
			.update();
	}

	public void insertSampled(long roundId, dk.sagsvagt.cases.CaseLists.PopulationCase c, String stratum, String key, String drawnAs,
			String category) {
		jdbc.sql("""
				INSERT INTO supervision.sample (round_id, case_number, case_id, unit_id, category, stratum, sha256, drawn_as)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(roundId, c.caseNumber(), c.id(), c.unitId(), category, stratum, key, drawnAs)
			.update();
	}

	/** Records the draw: seed, population (its size, hash and the protected cases left out of it), when and by whom. */
	public void markDrawn(long roundId, String seed, int populationSize, String populationSha256, Instant at, String by,
			int protectedLeftOut) {
		jdbc.sql("""
				UPDATE supervision.round SET seed = ?, population_size = ?, population_sha256 = ?, drawn_at = ?, drawn_by = ?,
				    status = 'SAMPLED', protected_left_out = ? WHERE id = ?""")
			.params(seed, populationSize, populationSha256, Timestamp.from(at), by, protectedLeftOut, roundId)
			.update();
	}

	/** The population as stored when the sample was drawn: parallel arrays in case-number order. */
	public record Population(String[] caseNumbers, Long[] caseIds, Long[] unitIds, String[] categories, String[] strata) {
	}

	public Population population(long roundId) {
		return jdbc.sql("SELECT case_numbers, case_ids, unit_ids, categories, strata FROM supervision.population WHERE round_id = ?")
			.param(roundId)
			.query((rs, n) -> new Population((String[]) array(rs.getArray(1)), (Long[]) array(rs.getArray(2)), (Long[]) array(rs.getArray(3)),
					(String[]) array(rs.getArray(4)), (String[]) array(rs.getArray(5))))
			.optional()
			.orElse(new Population(new String[0], new Long[0], new Long[0], new String[0], new String[0]));
	}

	/**
	 * The population as drawn from, by case number: case number and stratum, and with {@code keys} the key from
	 * the round's seed.
	 */
	public List<String[]> populationRows(long roundId, boolean keys) {
		String seed = find(roundId).map(Round::seed).orElse(null);
		Population p = population(roundId);
		List<String[]> rows = new java.util.ArrayList<>(p.caseNumbers().length);
		for (int i = 0; i < p.caseNumbers().length; i++) {
			rows.add(keys ? new String[] { p.caseNumbers()[i], p.strata()[i], dk.sagsvagt.supervision.Sampling.key(seed, p.caseNumbers()[i]) }
					: new String[] { p.caseNumbers()[i], p.strata()[i] });
		}
		return rows;
	}

	private Round round(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		Map<Integer, List<String>> reviewers = new TreeMap<>(jdbc.sql("SELECT level, username FROM supervision.reviewer WHERE round_id = ? ORDER BY level, username")
			.param(id)
			.query((r, i) -> Map.entry(r.getInt(1), r.getString(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList()))));
		return new Round(id, rs.getString("name"), rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getString("template_id"), Arrays.asList((Long[]) array(rs.getArray("unit_ids"))),
				Arrays.asList((String[]) array(rs.getArray("case_types"))), rs.getObject("opened_from", LocalDate.class),
				rs.getObject("opened_to", LocalDate.class), rs.getInt("sample_size"), rs.getBoolean("per_unit"),
				rs.getBoolean("by_measure"), rs.getInt("min_per_stratum"), RoundStatus.valueOf(rs.getString("status")),
				rs.getString("case_number"), rs.getObject("previous_round_id", Long.class), rs.getString("seed"),
				rs.getObject("population_size", Integer.class), rs.getString("population_sha256"), instant(rs, "drawn_at"),
				rs.getString("drawn_by"), rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "concluded_at"),
				rs.getString("workbook_document"), rs.getString("result_note_document"), reviewers,
				rs.getInt("protected_left_out"));
	}

	private static Object array(Array array) throws SQLException {
		return array.getArray();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
