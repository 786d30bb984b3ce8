package dk.sagsvagt.cases;

import java.util.Locale;

import dk.sagsvagt.access.Scope;

/**
 * Narrows a case list; a null part means any. {@code level} narrows it to one of the user's levels (the team's,
 * unit's or centre's cases, {@code AccessPolicy.levels}), as a dashboard figure that links to the list counts them.
 */
public record CaseQuery(Long unitId, CaseStatus status, Long caseworkerId, Scope level, String caseType, Sort sort) {

	/** The orders a case list can be shown in. */
	public enum Sort {
		/** Newest first. */
		OPENED,
		/** By case number. */
		NUMBER,
		/** The soonest open deadline first, cases without one last. */
		DEADLINE;

		/** The sort a link asks for ({@code deadline}, {@code number}, {@code opened}); anything else is the newest first. */
		public static Sort of(String value) {
			if (value != null) {
				for (Sort s : values()) {
					if (s.name().equalsIgnoreCase(value.strip())) {
						return s;
					}
				}
			}
			return OPENED;
		}

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public CaseQuery {
		caseType = caseType == null || caseType.isBlank() ? null : caseType.strip();
		sort = sort == null ? Sort.OPENED : sort;
	}

	public CaseQuery(Long unitId, CaseStatus status, Long caseworkerId) {
		this(unitId, status, caseworkerId, null, null, Sort.OPENED);
	}

	public static CaseQuery mine(long staffId) {
		return new CaseQuery(null, CaseStatus.OPEN, staffId);
	}

	public CaseQuery withStatus(CaseStatus newStatus) {
		return new CaseQuery(unitId, newStatus, caseworkerId, level, caseType, sort);
	}
}
