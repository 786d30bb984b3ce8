package dk.sagsvagt.access;

import java.util.Set;

/** The units whose cases a user may see. */
public record VisibleUnits(Set<Long> unitIds) {

	public VisibleUnits {
		unitIds = Set.copyOf(unitIds);
	}

	public static VisibleUnits none() {
		return new VisibleUnits(Set.of());
	}

	public boolean includes(long unitId) {
		return unitIds.contains(unitId);
	}

	public boolean isEmpty() {
		return unitIds.isEmpty();
	}

	public Long[] asArray() {
		return unitIds.toArray(Long[]::new);
	}
}
