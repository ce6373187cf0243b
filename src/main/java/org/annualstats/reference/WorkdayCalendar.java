package org.annualstats.reference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * Which days are working days: Monday to Friday, except announced holidays; plus the weekend days
 * announced as adjusted working days (调休).
 */
public final class WorkdayCalendar {

	private final Map<LocalDate, Boolean> announced;

	/** @param announced date → {@code true} for an adjusted WORKDAY, {@code false} for a HOLIDAY */
	public WorkdayCalendar(Map<LocalDate, Boolean> announced) {
		this.announced = Map.copyOf(announced);
	}

	public boolean isWorkday(LocalDate day) {
		Boolean override = this.announced.get(day);
		if (override != null) {
			return override;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	int announcedYearMin() {
		return this.announced.keySet().stream().mapToInt(LocalDate::getYear).min().orElse(LocalDate.now().getYear());
	}

	int announcedYearMax() {
		return this.announced.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(LocalDate.now().getYear());
	}

}
