package dk.sagsvagt.deadlines;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a worklist line shows a deadline's end and how long it is overdue, with real Copenhagen dates. */
class WorklistRowTest {

	static Worklists.Row row(LocalDate dueDate, Instant dueAt, boolean hours) {
		return new Worklists.Row(new CaseDeadline(1, 1, "2026-0000001", hours ? "NOTIFICATION_ASSESSMENT" : "CHILD_ASSESSMENT", "DEFAULT",
				"Regel", "Barnets lov § 136", dueAt.minusSeconds(86_400), dueDate, dueAt, "OPEN", null, null, false, hours, null, null, null), "Titel",
				"Borger", "Sagsbehandler");
	}

	@Test
	void anHourRuleShowsItsHourInCopenhagenAndDaysRulesTheirDay() {
		// received 4 December 2026 at 15:00 Copenhagen (14:00 UTC): the 24 hours (Barnets lov § 136) end 5 December 15:00
		Worklists.Row assessment = row(LocalDate.of(2026, 12, 5), Instant.parse("2026-12-05T14:00:00Z"), true);
		assertThat(assessment.dueShown()).isEqualTo("05-12-2026 kl. 15:00");
		// summer time: 14:00 UTC is 16:00 in Copenhagen
		assertThat(row(LocalDate.of(2026, 6, 5), Instant.parse("2026-06-05T14:00:00Z"), true).dueShown()).isEqualTo("05-06-2026 kl. 16:00");
		Worklists.Row investigation = row(LocalDate.of(2026, 12, 5), Instant.parse("2026-12-05T23:00:00Z"), false);
		assertThat(investigation.dueShown()).isEqualTo("05-12-2026");
	}

	@Test
	void overdueIsCountedInDaysPastTheDayOrInHoursForAnHourRuleUnderADay() {
		// the investigation's last day is 5 December; its end is midnight into the 6th (Copenhagen)
		Worklists.Row investigation = row(LocalDate.of(2026, 12, 5), Instant.parse("2026-12-05T23:00:00Z"), false);
		assertThat(investigation.overdueDays(Instant.parse("2026-12-05T22:59:00Z"))).isZero();
		assertThat(investigation.overdueDays(Instant.parse("2026-12-06T08:00:00Z"))).isEqualTo(1);
		assertThat(investigation.overdueDays(Instant.parse("2026-12-08T08:00:00Z"))).isEqualTo(3);
		Worklists.Row assessment = row(LocalDate.of(2026, 12, 5), Instant.parse("2026-12-05T14:00:00Z"), true);
		assertThat(assessment.overdueHours(Instant.parse("2026-12-05T13:59:00Z"))).isZero();
		assertThat(assessment.overdueHours(Instant.parse("2026-12-05T14:10:00Z"))).isEqualTo(1);
		assertThat(assessment.overdueHours(Instant.parse("2026-12-05T19:00:00Z"))).isEqualTo(5);
		// a day or more past: in days
		assertThat(assessment.overdueHours(Instant.parse("2026-12-06T15:00:00Z"))).isZero();
		assertThat(assessment.overdueDays(Instant.parse("2026-12-07T09:00:00Z"))).isEqualTo(2);
	}
}
