package dk.sagsvagt.supervision.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.supervision.Checklists;
import dk.sagsvagt.supervision.Proportion;
import dk.sagsvagt.supervision.Question;
import dk.sagsvagt.supervision.QuestionResult;
import dk.sagsvagt.supervision.Round;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A round's results from the effective answers (the highest level's) of its active sample: per question the share
 * meeting the requirement with a 95 % Wilson interval, by unit and by measure category, and the comparison with
 * the previous round.
 */
@Service
public class RoundResults {

	private final JdbcClient jdbc;

	private final Checklists checklists;

	private final Organisation organisation;

	RoundResults(JdbcClient jdbc, Checklists checklists, Organisation organisation) {
		this.jdbc = jdbc;
		this.checklists = checklists;
		this.organisation = organisation;
	}

	private record Effective(String question, String answer, long unitId, String category) {
	}

	public List<QuestionResult> results(Round round, Round previous) {
		Map<Long, String> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
		List<Effective> answers = effective(round.id());
		List<Effective> earlier = previous == null ? List.of() : effective(previous.id());
		List<QuestionResult> out = new ArrayList<>();
		for (Question q : checklists.questions(round.templateId())) {
			List<Effective> mine = answers.stream().filter(a -> a.question().equals(q.code())).toList();
			Map<String, Proportion> byUnit = new TreeMap<>();
			mine.stream()
				.collect(Collectors.groupingBy(a -> units.getOrDefault(a.unitId(), "?")))
				.forEach((unit, list) -> byUnit.put(unit, proportion(list)));
			Map<String, Proportion> byCategory = new TreeMap<>();
			mine.stream().collect(Collectors.groupingBy(Effective::category)).forEach((c, list) -> byCategory.put(c, proportion(list)));
			Proportion all = proportion(mine);
			Proportion before = previous == null ? null
					: proportion(earlier.stream().filter(a -> a.question().equals(q.code())).toList());
			out.add(new QuestionResult(q, all, byUnit, byCategory, before, before == null ? null : all.zAgainst(before)));
		}
		return out;
	}

	private static Proportion proportion(List<Effective> answers) {
		int yes = (int) answers.stream().filter(a -> a.answer().equals("YES")).count();
		int no = (int) answers.stream().filter(a -> a.answer().equals("NO")).count();
		return new Proportion(yes, yes + no);
	}

	/** The highest level's answer per case and question, for the active (not excluded) sample. */
	private List<Effective> effective(long roundId) {
		return jdbc.sql("""
				SELECT DISTINCT ON (a.case_number, a.question) a.question, a.answer, s.unit_id, s.category
				FROM supervision.answer a
				JOIN supervision.sample s ON s.round_id = a.round_id AND s.case_number = a.case_number AND s.excluded_reason IS NULL
				WHERE a.round_id = ?
				ORDER BY a.case_number, a.question, a.level DESC""")
			.param(roundId)
			.query((rs, n) -> new Effective(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.list();
	}
}
