package dk.sagsvagt.oversight.internal;

import java.util.Map;

import dk.sagsvagt.access.BodyNames;
import dk.sagsvagt.oversight.internal.OversightBodies;

import org.springframework.stereotype.Component;

/** The register of outside bodies' answer to {@link BodyNames}. */
@Component
class BodyNameLookup implements BodyNames {

	private final OversightBodies bodies;

	BodyNameLookup(OversightBodies bodies) {
		this.bodies = bodies;
	}

	@Override
	public Map<String, String> byCode() {
		return bodies.names();
	}
}
