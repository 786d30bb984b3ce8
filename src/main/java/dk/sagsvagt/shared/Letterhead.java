package dk.sagsvagt.shared;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The municipality's letterhead on every letter and report: the administration and, when set, its address. */
@Component
public class Letterhead {

	private final String administration;

	private final String address;

	private final String mayor;

	private final String committee;

	Letterhead(@Value("${sagsvagt.letterhead:Socialforvaltningen}") String administration,
			@Value("${sagsvagt.letterhead-address:}") String address,
			@Value("${sagsvagt.letterhead-mayor:Socialborgmesteren}") String mayor,
			@Value("${sagsvagt.letterhead-committee:Socialudvalget}") String committee) {
		this.administration = administration;
		this.address = address;
		this.mayor = mayor;
		this.committee = committee;
	}

	/** The mayor's office that letters signed on the mayor's behalf come from, e.g. Socialborgmesteren. */
	public String mayor() {
		return mayor;
	}

	/** The committee whose chair letters are signed on behalf of, e.g. Socialudvalget. */
	public String committee() {
		return committee;
	}

	/** A letterhead headed by {@code office} (the mayor's office, the committee) above the administration and its address. */
	public List<String> linesFor(String office) {
		return office.equals(administration) ? lines()
				: address.isBlank() ? List.of(office, administration) : List.of(office, administration, address);
	}

	public String administration() {
		return administration;
	}

	public List<String> lines() {
		return address.isBlank() ? List.of(administration) : List.of(administration, address);
	}
}
