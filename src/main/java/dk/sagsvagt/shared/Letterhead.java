package dk.sagsvagt.shared;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The municipality's letterhead on every letter and report: the administration and, when set, its address. */
@Component
public class Letterhead {

	private final String administration;

	private final String address;

	Letterhead(@Value("${sagsvagt.letterhead:Socialforvaltningen}") String administration,
			@Value("${sagsvagt.letterhead-address:}") String address) {
		this.administration = administration;
		this.address = address;
	}

	public String administration() {
		return administration;
	}

	public List<String> lines() {
		return address.isBlank() ? List.of(administration) : List.of(administration, address);
	}
}
