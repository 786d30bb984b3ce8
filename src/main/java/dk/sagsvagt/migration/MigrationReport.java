package dk.sagsvagt.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a migration run did, case by case: taken over, skipped because it is here already, or refused with the
 * reason in Danish, named by the line in the file where the case begins.
 */
public final class MigrationReport {

	/** A case taken over: its number and its id here. */
	public record Imported(int line, String caseNumber, long caseId) {
	}

	/** A case refused: where it begins, its number when it has one, the field at fault, and why. */
	public record Problem(int line, String caseNumber, String field, String message) {

		/** "Linje 12, sag 2017-0400505, documents[0].title: Titel skal udfyldes." */
		public String danish() {
			return "Linje " + line + (caseNumber == null ? "" : ", sag " + caseNumber) + (field == null ? "" : ", " + field) + ": "
					+ message;
		}
	}

	private final List<Imported> imported = new ArrayList<>();

	private final List<String> skipped = new ArrayList<>();

	private final List<Problem> problems = new ArrayList<>();

	void imported(int line, String caseNumber, long caseId) {
		imported.add(new Imported(line, caseNumber, caseId));
	}

	void skipped(String caseNumber) {
		skipped.add(caseNumber);
	}

	void problem(int line, String caseNumber, String field, String message) {
		problems.add(new Problem(line, caseNumber, field, message));
	}

	public List<Imported> imported() {
		return Collections.unmodifiableList(imported);
	}

	public List<String> skipped() {
		return Collections.unmodifiableList(skipped);
	}

	public List<Problem> problems() {
		return Collections.unmodifiableList(problems);
	}

	/** The report as an operator reads it: the counts, then one line per refused case. */
	public String danish() {
		StringBuilder text = new StringBuilder();
		text.append(imported.size()).append(imported.size() == 1 ? " sag overtaget, " : " sager overtaget, ")
			.append(skipped.size()).append(" sprunget over (findes allerede), ")
			.append(problems.size()).append(problems.size() == 1 ? " afvist." : " afvist.").append('\n');
		problems.forEach(p -> text.append(p.danish()).append('\n'));
		return text.toString();
	}
}
