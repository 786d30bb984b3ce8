package dk.sagsvagt.decisions.internal;

import java.time.LocalDate;

import dk.sagsvagt.deadlines.DeadlineCalculator;
import dk.sagsvagt.deadlines.DeadlineRule;
import dk.sagsvagt.deadlines.RuleCatalogue;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** When a decision counts as received, and when the citizen's period to complain about it ends. */
@Component
public class Delivery {

	private final WorkingDayCalendar calendar;

	private final RuleCatalogue rules;

	private final DeadlineCalculator calculator;

	private final int letterPostWorkingDays;

	public Delivery(WorkingDayCalendar calendar, RuleCatalogue rules, DeadlineCalculator calculator,
			@Value("${sagsvagt.decisions.letter-post-working-days:" + Delivery.LETTER_POST_WORKING_DAYS + "}") int letterPostWorkingDays) {
		this.calendar = calendar;
		this.rules = rules;
		this.calculator = calculator;
		this.letterPostWorkingDays = letterPostWorkingDays;
	}

	/**
	 * When an event on {@code day} that follows from sending is recorded: the moment of sending on the day itself,
	 * else noon of the day (a letter's receipt, a measure's start), in Copenhagen.
	 */
	public java.time.Instant at(LocalDate day, java.time.Instant sentAt) {
		return day.equals(sentAt.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate()) ? sentAt
				: day.atTime(12, 0).atZone(WorkingDayCalendar.COPENHAGEN).toInstant();
	}

	/**
	 * When a letter sent by ordinary post counts as received, by default: 6 delivery days after it is dated and posted.
	 * Justitsministeriets vejledning om beregning af klagefrister (VEJ nr. 9533 af 26/06/2018), which Ankestyrelsen
	 * follows ("Hvis afgørelsen er sendt med almindelig post, går Ankestyrelsen ud fra, at du får brevet 6 hverdage
	 * senere", ast.dk, klagefrister). Until 2018 the figure was 5 days for most weekdays.
	 */
	public static final int LETTER_POST_WORKING_DAYS = 6;

	/**
	 * Digital Post counts as received the day it is available in the inbox, the day it is sent (lov om Digital Post
	 * fra offentlige afsendere § 10, nr. 1); a posted letter the configured number of working days later.
	 */
	public LocalDate receivedOn(DeliveryChannel channel, LocalDate sent) {
		return channel == DeliveryChannel.DIGITAL_POST ? sent : calendar.plusWorkingDays(sent, letterPostWorkingDays);
	}

	/** After how many working days a posted letter counts as received here. */
	public int letterPostWorkingDays() {
		return letterPostWorkingDays;
	}

	/**
	 * How long a citizen has to complain, in words for a letter ("4 uger"), as the catalogue's COMPLAINT_PERIOD rule
	 * in force on the day says (retssikkerhedsloven § 67).
	 */
	public String complaintPeriod(LocalDate on) {
		return length("COMPLAINT_PERIOD", on);
	}

	/** How long the municipality has to reconsider a complaint, in words ("4 uger", retssikkerhedsloven § 66). */
	public String reconsiderationPeriod(LocalDate on) {
		return length("RECONSIDERATION", on);
	}

	private String length(String rule, LocalDate on) {
		DeadlineRule inForce = rules.inForce(rule, null, on);
		return inForce.unit().danish(inForce.amount());
	}

	/** The last day to complain: 4 weeks from receipt, moved to the next working day (retssikkerhedsloven § 67). */
	public LocalDate complaintDeadline(LocalDate received) {
		DeadlineRule rule = rules.inForce("COMPLAINT_PERIOD", null, received);
		return calculator.endOf(rule, received.atStartOfDay(WorkingDayCalendar.COPENHAGEN)).toLocalDate().minusDays(1);
	}
}
