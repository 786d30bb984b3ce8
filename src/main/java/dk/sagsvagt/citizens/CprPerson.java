package dk.sagsvagt.citizens;

import java.util.List;

/**
 * A person as the CPR register answers (SF1520 PersonBaseDataExtended): the name, the current address (null for one
 * without a Danish address), the status, whether the address is protected (navne- og adressebeskyttelse), whether
 * the person is registered for Digital Post, and the relations: parents, children and custody holders
 * (forældremyndighedsindehavere, for a child).
 */
public record CprPerson(Cpr cpr, String name, String address, CprStatus status, boolean addressProtected, boolean digitalPost,
		Cpr mother, Cpr father, List<Cpr> children, List<Cpr> custodyHolders) {

	public CprPerson {
		children = List.copyOf(children);
		custodyHolders = List.copyOf(custodyHolders);
	}
}
