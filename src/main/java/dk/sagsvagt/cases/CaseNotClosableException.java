package dk.sagsvagt.cases;

import java.util.List;
import java.util.Map;

import dk.sagsvagt.shared.ConflictException;

/** A case cannot be closed while something is open; the problem response lists what, in Danish. */
public class CaseNotClosableException extends ConflictException {

	private final List<String> open;

	public CaseNotClosableException(List<String> open) {
		super("Sagen kan ikke lukkes: " + String.join("; ", open) + ".");
		this.open = List.copyOf(open);
	}

	public List<String> open() {
		return open;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("openItems", open);
	}
}
