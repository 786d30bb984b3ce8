package dk.sagsvagt.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The options of a person picker (issue 18): active people only, each by full name with the unit beside it ("Lone
 * Leder (Børn og Unge Nord)"), so two people of the same name can be told apart. Templates call it as
 * {@code ${@personChoices.of(staff)}} through {@code fragments/people :: picker}, which starts with an empty "Vælg …"
 * so that no one is chosen by default.
 */
@Component
public class PersonChoices {

	/** One option: the value sent is the username; the text shown is the name and unit. */
	public record Choice(String username, String label) {
	}

	private final Organisation organisation;

	PersonChoices(Organisation organisation) {
		this.organisation = organisation;
	}

	public List<Choice> of(Collection<Staff> people) {
		Map<Long, String> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
		return people.stream().filter(Staff::active)
			.map(s -> new Choice(s.username(), s.unitId() == null || !units.containsKey(s.unitId()) ? s.fullName()
					: s.fullName() + " (" + units.get(s.unitId()) + ")"))
			.toList();
	}
}
