package dk.sagsvagt.decisions;

import java.util.List;
import java.util.Map;

import dk.sagsvagt.shared.ConflictException;

/** A decision cannot be sent while a legal gate is open; the problem response lists the open gates. */
public class GatesOpenException extends ConflictException {

	private final List<Gate> open;

	public GatesOpenException(List<Gate> open) {
		super("Afgørelsen kan ikke sendes, før disse krav er opfyldt: "
				+ String.join("; ", open.stream().map(g -> g.name() + " (" + g.law() + ")").toList()) + ".");
		this.open = List.copyOf(open);
	}

	public List<Gate> open() {
		return open;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("openGates", open.stream()
			.map(g -> Map.of("code", g.code(), "name", g.name(), "law", g.law(), "detail", g.detail()))
			.toList());
	}
}
