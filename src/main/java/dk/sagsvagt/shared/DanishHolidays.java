package dk.sagsvagt.shared;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The Danish public holidays (helligdage) of a year, computed: the fixed days, and the movable ones counted from
 * Easter Sunday (Gregorian computus). Store Bededag, the fourth Friday after Easter, is a public holiday up to and
 * including 2023 and abolished from 2024 (lov nr. 131 af 28/02/2023 om afskaffelse af store bededag som
 * helligdag). Valid for 1990–2100.
 */
public final class DanishHolidays {

	public static final int FIRST_YEAR = 1990;

	public static final int LAST_YEAR = 2100;

	/** The last year Store Bededag was a public holiday (lov nr. 131 af 28/02/2023). */
	static final int LAST_YEAR_WITH_STORE_BEDEDAG = 2023;

	private DanishHolidays() {
	}

	public static List<Holiday> of(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidInputException("year", "Kalenderen dækker årene " + FIRST_YEAR + "–" + LAST_YEAR + ".");
		}
		LocalDate easter = easterSunday(year);
		List<Holiday> days = new ArrayList<>();
		days.add(new Holiday(LocalDate.of(year, 1, 1), "Nytårsdag"));
		days.add(new Holiday(easter.minusDays(3), "Skærtorsdag"));
		days.add(new Holiday(easter.minusDays(2), "Langfredag"));
		days.add(new Holiday(easter, "Påskedag"));
		days.add(new Holiday(easter.plusDays(1), "2. påskedag"));
		if (year <= LAST_YEAR_WITH_STORE_BEDEDAG) {
			days.add(new Holiday(easter.plusDays(26), "Store bededag"));
		}
		days.add(new Holiday(easter.plusDays(39), "Kristi himmelfartsdag"));
		days.add(new Holiday(easter.plusDays(49), "Pinsedag"));
		days.add(new Holiday(easter.plusDays(50), "2. pinsedag"));
		days.add(new Holiday(MonthDay.of(12, 25).atYear(year), "Juledag"));
		days.add(new Holiday(MonthDay.of(12, 26).atYear(year), "2. juledag"));
		days.sort(Comparator.comparing(Holiday::date));
		return List.copyOf(days);
	}

	/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = ((h + l - 7 * m + 114) % 31) + 1;
		return LocalDate.of(year, month, day);
	}
}
