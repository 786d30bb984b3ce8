package dk.sagsvagt.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadline;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.decisions.Decision;
import dk.sagsvagt.decisions.Decisions;
import dk.sagsvagt.decisions.Gate;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.supervision.internal.RoundAccess;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checklists: the templates' questions, the answers pre-filled from the case's deadlines, decision gates and
 * journal (level 0, marked "forudfyldt"), and the reviewers' answers at levels 1-4. A higher level may overrule a
 * lower one with a comment; every level's answer is kept.
 */
@Service
public class Checklists {

	private static final Set<String> ANSWERS = Set.of("YES", "NO", "NOT_RELEVANT");

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseDeadlines deadlines;

	private final Decisions decisions;

	private final Journal journal;

	private final Clock clock;

	private final RoundAccess access;

	private final dk.sagsvagt.supervision.internal.RoundStore store;

	Checklists(JdbcClient jdbc, Cases cases, CaseDeadlines deadlines, Decisions decisions, Journal journal, Clock clock,
			RoundAccess access, dk.sagsvagt.supervision.internal.RoundStore store) {
		this.store = store;
		this.access = access;
		this.jdbc = jdbc;
		this.cases = cases;
		this.deadlines = deadlines;
		this.decisions = decisions;
		this.journal = journal;
		this.clock = clock;
	}

	public Set<String> templateIds() {
		return Set.copyOf(jdbc.sql("SELECT id FROM supervision.template").query(String.class).list());
	}

	public record Template(String id, String name, String description) {
	}

	public List<Template> templates() {
		return jdbc.sql("SELECT id, name, description FROM supervision.template ORDER BY family, version")
			.query((rs, n) -> new Template(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public List<Question> questions(String templateId) {
		return jdbc.sql("SELECT code, sort, text, law, category, prefill FROM supervision.question WHERE template_id = ? ORDER BY sort")
			.param(templateId)
			.query((rs, n) -> new Question(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6)))
			.list();
	}

	/** PLACEMENT, PREVENTIVE or OTHER: the measure category of a case type, for questions and results. */
	public static String category(String caseType) {
		return switch (caseType) {
			case "PLACEMENT" -> "PLACEMENT";
			case "PREVENTIVE_MEASURE" -> "PREVENTIVE";
			default -> "OTHER";
		};
	}

	/** Pre-fills a sampled case's checklist from what the system knows of the case. */
	void prefill(Round round, SampledCase sampled) {
		CaseFile caseFile = cases.byIdForModule(sampled.caseId());
		String category = category(caseFile.caseType());
		List<CaseDeadline> caseDeadlines = deadlines.ofCase(caseFile);
		Optional<Decision> decision = decisions.ofCase(caseFile).stream().filter(Decision::sent).findFirst();
		int documents = journal.documents(caseFile).size();
		Instant now = Instant.now(clock);
		for (Question q : questions(round.templateId())) {
			Prefilled answer = !q.appliesTo(category) ? new Prefilled("NOT_RELEVANT", "Gælder ikke for sagstypen.")
					: prefill(q, caseDeadlines, decision, documents, now);
			if (answer != null) {
				jdbc.sql("""
						INSERT INTO supervision.answer (round_id, case_number, question, level, answer, comment, answered_by, answered_at)
						VALUES (?, ?, ?, 0, ?, ?, 'system', ?) ON CONFLICT DO NOTHING""")
					.params(round.id(), sampled.caseNumber(), q.code(), answer.answer(), answer.comment(), Timestamp.from(now))
					.update();
			}
		}
	}

	/** The system's own answer to a question and why, before any reviewer has looked. */
	private record Prefilled(String answer, String comment) {
	}

	private static Prefilled prefill(Question q, List<CaseDeadline> caseDeadlines, Optional<Decision> decision, int documents,
			Instant now) {
		Question.Prefill source = q.prefillSource().orElse(null);
		if (source == null) {
			return null;
		}
		return switch (source.source()) {
			case JOURNAL -> documents == 0 ? new Prefilled("NO", "Der er ikke journaliseret dokumenter i sagen.") : null;
			case DEADLINE -> fromDeadlines(caseDeadlines, source.code(), now);
			case GATE -> decision.map(d -> fromGate(d, source.code(), caseDeadlines, now)).orElse(null);
		};
	}

	private static Prefilled fromGate(Decision decision, String code, List<CaseDeadline> caseDeadlines, Instant now) {
		Gate gate = decision.gates().stream().filter(g -> g.code().equals(code)).findFirst().orElse(null);
		if (gate == null) {
			return null;
		}
		String from = "Afgørelse af " + DanishDates.longDate(decision.decidedOn()) + " (" + decision.letterDocumentNumber() + "): ";
		return switch (gate.state()) {
			case MET, EXEMPT -> new Prefilled("YES", from + gate.detail());
			case OPEN -> new Prefilled("NO", from + "kravet var ikke opfyldt, da afgørelsen blev sendt.");
			case NOT_APPLICABLE -> new Prefilled("NOT_RELEVANT", from + gate.detail());
			case DEADLINE -> fromDeadlines(caseDeadlines, code, now);
		};
	}

	private static Prefilled fromDeadlines(List<CaseDeadline> caseDeadlines, String rule, Instant now) {
		List<CaseDeadline> matching = caseDeadlines.stream().filter(d -> d.ruleCode().equals(rule)).toList();
		Optional<CaseDeadline> missed = matching.stream()
			// a deadline that lapsed only after it had run out was not met in time either
			.filter(d -> d.status().equals("MET_LATE") || d.isOverdue(now) || d.isEnded() && !d.metAt().isBefore(d.dueAt()))
			.findFirst();
		if (missed.isPresent()) {
			return new Prefilled("NO", "Fristen " + DanishDates.longDate(missed.get().dueDate()) + " (" + missed.get().law()
					+ ") er ikke overholdt.");
		}
		if (!matching.isEmpty() && matching.stream().allMatch(d -> d.status().equals("MET"))) {
			return new Prefilled("YES", "Fristen er overholdt (" + matching.get(0).law() + ").");
		}
		return null;
	}

	/**
	 * The checklist of one sampled case for a user who may read it (issue 16: its pre-filled answers and the
	 * reviewers' comments are the case's content, so special protection holds here too); the read is logged with the
	 * case's citizens.
	 */
	public List<ChecklistRow> checklist(Round round, String caseNumber, CurrentUser user) {
		var facts = access.requireCase(round, user, caseNumber, "tjekliste for sag");
		if (jdbc.sql("SELECT count(*) FROM supervision.sample WHERE round_id = ? AND case_number = ?").params(round.id(), caseNumber)
			.query(Integer.class).single() == 0) {
			throw new NotFoundException("Sag " + caseNumber + " er ikke i stikprøven.");
		}
		List<ChecklistRow> rows = checklist(round, caseNumber);
		access.logCaseRead(round, user, facts, "tjekliste");
		return rows;
	}

	/** The checklist of one sampled case: each question with every level's answer. */
	List<ChecklistRow> checklist(Round round, String caseNumber) {
		Map<String, List<CaseAnswer>> byQuestion = jdbc.sql("""
				SELECT question, level, answer, comment, answered_by, answered_at FROM supervision.answer
				WHERE round_id = ? AND case_number = ? ORDER BY level""")
			.params(round.id(), caseNumber)
			.query((rs, n) -> new CaseAnswer(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.list()
			.stream()
			.collect(Collectors.groupingBy(CaseAnswer::question));
		List<ChecklistRow> rows = new ArrayList<>();
		for (Question q : questions(round.templateId())) {
			List<CaseAnswer> answers = new ArrayList<>(byQuestion.getOrDefault(q.code(), List.of()));
			answers.sort(Comparator.comparingInt(CaseAnswer::level));
			rows.add(new ChecklistRow(q, answers));
		}
		return rows;
	}

	/** Several answers at one level, all or none: {@code answers} maps question to {answer, comment}. */
	@Transactional
	public void answerAll(Round round, String caseNumber, int level, Map<String, String[]> answers, CurrentUser user) {
		answers.forEach((question, value) -> answer(round, caseNumber, question, level, value[0], value[1], user));
	}

	/**
	 * Answers a question at the reviewer's level. Correcting the answer below (pre-filled or a lower level) needs a
	 * comment saying why.
	 */
	@Transactional
	public void answer(Round round, String caseNumber, String question, int level, String answer, String comment, CurrentUser user) {
		if (!round.reviewer(user.username(), level)) {
			throw new AccessDeniedException("Du er ikke gennemgår på niveau " + level + " i dette tilsyn.");
		}
		if (!access.mayReadCase(round, user, access.facts(caseNumber))) {
			throw new AccessDeniedException("Du gennemgår kun de sager i stikprøven, du selv har adgang til.");
		}
		// under the round's lock, so no answer lands while the round is being concluded (issue 17: frozen once concluded)
		Round locked = store.lock(round.id());
		Flags.requireOpen(locked);
		if (!locked.status().underWay()) {
			throw new ConflictException("Tilsynet er ikke under gennemgang.");
		}
		if (answer == null || !ANSWERS.contains(answer)) {
			throw new InvalidInputException("answer", "Svar ja, nej eller ikke relevant.");
		}
		Integer active = jdbc.sql("SELECT count(*) FROM supervision.sample WHERE round_id = ? AND case_number = ? AND excluded_reason IS NULL")
			.params(round.id(), caseNumber)
			.query(Integer.class)
			.single();
		if (active == 0) {
			throw new NotFoundException("Sag " + caseNumber + " er ikke i stikprøven.");
		}
		ChecklistRow row = checklist(round, caseNumber).stream()
			.filter(r -> r.question().code().equals(question))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("question", "Spørgsmålet '" + question + "' er ikke i tjeklisten."));
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > 4000) {
			throw new InvalidInputException("comment", "Kommentaren må højst have 4000 tegn.");
		}
		CaseAnswer below = row.answers().stream().filter(a -> a.level() < level).reduce((a, b) -> b).orElse(null);
		if (below != null && !below.answer().equals(answer) && text == null) {
			throw new InvalidInputException("comment", "Skriv en kommentar, når du ændrer svaret fra "
					+ (below.prefilled() ? "det forudfyldte" : "niveau " + below.level()) + " (" + row.question().text() + ").");
		}
		jdbc.sql("""
				INSERT INTO supervision.answer (round_id, case_number, question, level, answer, comment, answered_by, answered_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (round_id, case_number, question, level) DO UPDATE SET answer = EXCLUDED.answer,
				    comment = EXCLUDED.comment, answered_by = EXCLUDED.answered_by, answered_at = EXCLUDED.answered_at""")
			.params(round.id(), caseNumber, question, level, answer, text, user.username(), Timestamp.from(Instant.now(clock)))
			.update();
		jdbc.sql("UPDATE supervision.round SET status = 'UNDER_REVIEW' WHERE id = ? AND status = 'SAMPLED'").param(round.id()).update();
	}
}
