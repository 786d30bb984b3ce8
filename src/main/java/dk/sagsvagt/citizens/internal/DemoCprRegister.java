package dk.sagsvagt.citizens.internal;

import java.util.List;
import java.util.Optional;

import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.citizens.CprPerson;
import dk.sagsvagt.citizens.CprRegister;
import dk.sagsvagt.citizens.CprStatus;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo profile's CPR register (sagsvagt.cpr.mode=demo, refused outside it): every valid number is a synthetic
 * person living on an invented street, registered for Digital Post, with the custody holders the demo data records.
 * It knows the names of the demo municipality's own citizens only; for any other number the name is left to the
 * person who types it.
 */
class DemoCprRegister implements CprRegister {

	private final JdbcClient jdbc;

	DemoCprRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<CprPerson> lookup(Cpr cpr) {
		String digits = cpr.digits();
		int n = Integer.parseInt(digits.substring(6));
		String name = jdbc.sql("SELECT name FROM citizens.citizen WHERE cpr = ? AND name <> 'Navn ikke oplyst'").param(digits)
			.query(String.class).optional()
			.orElse(null);
		List<Cpr> custody = jdbc.sql("""
				SELECT p.cpr FROM citizens.custody k JOIN citizens.citizen c ON c.id = k.child_id
				JOIN citizens.citizen p ON p.id = k.parent_id WHERE c.cpr = ? ORDER BY p.cpr""")
			.param(digits).query(String.class).list().stream().map(Cpr::parse).toList();
		return Optional.of(new CprPerson(cpr, name, "Demovej " + (1 + n % 97) + ", 2300 København S", CprStatus.ACTIVE, false, true,
				null, null, List.of(), custody));
	}
}
