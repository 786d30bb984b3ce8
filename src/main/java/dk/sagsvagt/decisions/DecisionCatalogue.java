package dk.sagsvagt.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import dk.sagsvagt.cases.CaseArea;

/**
 * The legal bases decisions rest on and the gates they must pass, every version of each. Both change only with a
 * migration, so they are read once.
 */
@Service
public class DecisionCatalogue {

	private final JdbcClient jdbc;

	private volatile List<LegalBasis> bases;

	private volatile List<GateRule> gates;

	DecisionCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<LegalBasis> legalBases() {
		if (bases == null) {
			bases = readBases();
		}
		return bases;
	}

	private List<LegalBasis> readBases() {
		return jdbc.sql("SELECT * FROM decisions.legal_basis ORDER BY area, sort, effective_from")
			.query((rs, n) -> new LegalBasis(rs.getString("code"), rs.getObject("effective_from", LocalDate.class),
					rs.getObject("effective_to", LocalDate.class), rs.getString("name"), rs.getString("law"),
					rs.getString("paragraph"), CaseArea.valueOf(rs.getString("area")), rs.getString("measure_category"),
					rs.getString("consent_law"), rs.getString("complaint_body"), rs.getBoolean("reconsideration")))
			.list();
	}

	/** The bases of an area in force on the date, for choosing one. */
	public List<LegalBasis> legalBases(CaseArea area, LocalDate date) {
		return legalBases().stream().filter(b -> b.area() == area && b.inForceOn(date)).toList();
	}

	public boolean knows(String code) {
		return legalBases().stream().anyMatch(b -> b.code().equals(code));
	}

	/** The version of the basis in force on the date, if any. */
	public Optional<LegalBasis> legalBasis(String code, LocalDate date) {
		return legalBases().stream().filter(b -> b.code().equals(code) && b.inForceOn(date)).findFirst();
	}

	public List<GateRule> gateRules() {
		if (gates == null) {
			gates = readGates();
		}
		return gates;
	}

	private List<GateRule> readGates() {
		return jdbc.sql("SELECT * FROM decisions.gate_rule ORDER BY sort, effective_from")
			.query((rs, n) -> new GateRule(rs.getString("code"), rs.getObject("effective_from", LocalDate.class),
					rs.getObject("effective_to", LocalDate.class), rs.getString("name"), rs.getString("law"),
					rs.getString("explanation"), rs.getString("exemption_law"), rs.getObject("min_age", Integer.class)))
			.list();
	}

	/** The gates in force on the date, in the order they are shown. */
	public List<GateRule> gateRules(LocalDate date) {
		return gateRules().stream().filter(g -> g.inForceOn(date)).toList();
	}
}
