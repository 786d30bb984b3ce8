package dk.sagsvagt.deadlines.internal;

import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.deadlines.DeadlineUnit;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The municipality's published processing-time limits per benefit (retssikkerhedsloven § 3, stk. 2). */
@Service
public class ProcessingTimeLimits {

	/** A published limit. */
	public record Limit(String benefit, String caseType, String legalBasis, DeadlineUnit unit, int amount,
			LocalDate effectiveFrom) {

		public String danish() {
			return unit.danish(amount);
		}
	}

	private final JdbcClient jdbc;

	ProcessingTimeLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Publishes a new limit (or a new version of a benefit's limit) from a date. */
	public void publish(String benefit, String caseType, String legalBasis, DeadlineUnit unit, Integer amount,
			LocalDate effectiveFrom) {
		if (benefit == null || benefit.isBlank()) {
			throw new InvalidInputException("benefit", "Angiv ydelsen.");
		}
		if (legalBasis == null || legalBasis.isBlank()) {
			throw new InvalidInputException("legalBasis", "Angiv lovgrundlaget.");
		}
		if (unit != DeadlineUnit.WORKING_DAYS && unit != DeadlineUnit.WEEKS && unit != DeadlineUnit.MONTHS) {
			throw new InvalidInputException("unit", "Fristen angives i hverdage, uger eller måneder.");
		}
		if (amount == null || amount < 1 || amount > 520) {
			throw new InvalidInputException("amount", "Fristens længde skal være et positivt tal.");
		}
		if (effectiveFrom == null) {
			throw new InvalidInputException("effectiveFrom", "Angiv hvornår fristen gælder fra.");
		}
		int added = jdbc.sql("""
				INSERT INTO deadlines.processing_time_limit (benefit, case_type, legal_basis, unit, amount, effective_from)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (benefit, effective_from) DO NOTHING""")
			.params(benefit.strip(), caseType == null || caseType.isBlank() ? null : caseType, legalBasis.strip(), unit.name(),
					amount, effectiveFrom)
			.update();
		if (added == 0) {
			throw new InvalidInputException("effectiveFrom", "Der er allerede en frist for ydelsen fra den dato.");
		}
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
