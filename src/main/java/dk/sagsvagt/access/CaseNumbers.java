package dk.sagsvagt.access;

import java.util.Collection;
import java.util.Map;

/**
 * Case numbers for internal case ids, for texts a person reads (the permission log records case ids). The case
 * module implements it; access, which knows no case module, only asks.
 */
public interface CaseNumbers {

	/** The case number of each id that names a case; unknown ids are left out. */
	Map<Long, String> of(Collection<Long> caseIds);
}
