package dk.sagsvagt.deadlines;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The municipality's published processing-time limits per benefit (retssikkerhedsloven § 3, stk. 2). */
@Service
public class ProcessingTimeLimits {

	/** A published limit. */
	public record Limit(String benefit, String caseType, String legalBasis, DeadlineUnit unit, int amount,
			LocalDate effectiveFrom) {

		public String danish() {
			return amount + " " + switch (unit) {
				case WORKING_DAYS -> "hverdage";
				case WEEKS -> "uger";
				case MONTHS -> "måneder";
				default -> "";
			};
		}
	}

	private final JdbcClient jdbc;

	ProcessingTimeLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The limit in force on the date for a case type, if the municipality has published one. */
	public java.util.Optional<Limit> forCaseType(String caseType, LocalDate date) {
		return published(date).stream().filter(l -> caseType.equals(l.caseType())).findFirst();
	}

	/** The limits in force today, one per benefit. */
	public List<Limit> published(LocalDate today) {
		return jdbc.sql("""
				SELECT DISTINCT ON (benefit) benefit, case_type, legal_basis, unit, amount, effective_from
				FROM deadlines.processing_time_limit WHERE effective_from <= ?
				ORDER BY benefit, effective_from DESC""")
			.param(today)
			.query((rs, n) -> new Limit(rs.getString("benefit"), rs.getString("case_type"), rs.getString("legal_basis"),
					DeadlineUnit.valueOf(rs.getString("unit")), rs.getInt("amount"), rs.getObject("effective_from", LocalDate.class)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(Limit::benefit, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("da"))))
			.toList();
	}
}
