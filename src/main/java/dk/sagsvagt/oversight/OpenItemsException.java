package dk.sagsvagt.oversight;

import java.util.List;
import java.util.Map;

import dk.sagsvagt.shared.ConflictException;

/** A request cannot be answered while an item is open; the problem response names the open items. */
public class OpenItemsException extends ConflictException {

	private final List<RequestItem> open;

	public OpenItemsException(List<RequestItem> open) {
		super("Anmodningen kan ikke besvares, før alle delpunkter er besvaret. Åbne delpunkter: "
				+ String.join("; ", open.stream().map(i -> i.seq() + ". " + i.text()).toList()) + ".");
		this.open = List.copyOf(open);
	}

	public List<RequestItem> open() {
		return open;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("openItems", open.stream().map(i -> Map.of("id", i.id(), "seq", i.seq(), "text", i.text())).toList());
	}
}
