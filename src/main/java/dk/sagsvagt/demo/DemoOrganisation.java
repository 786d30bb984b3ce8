package dk.sagsvagt.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import dk.sagsvagt.access.UserAccounts;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Signatures;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.organisation.UnitContact;

/**
 * Socialforvaltningen with its citizen centres, units and staff, and the demo users {@code sagsbehandler},
 * {@code leder}, {@code centerchef}, {@code jurist} and {@code admin}. Every staff member can log in with the password {@code demo}.
 */
final class DemoOrganisation {

	static final String PASSWORD = "demo";

	static final List<String> FAMILY_UNITS = List.of("Børnefamilieenhed Amager", "Børnefamilieenhed Nørrebro/Bispebjerg",
			"Børnefamilieenhed Østerbro", "Børnefamilieenhed Vesterbro/Kongens Enghave/Valby",
			"Børnefamilieenhed Brønshøj/Husum/Vanløse", "Børnefamilieenhed Indre By/Christianshavn");

	static final List<String> ADULT_UNITS = List.of("Myndighed Voksne Nord", "Myndighed Voksne Syd",
			"Hjemløseenheden", "Myndighed Handicap Børn", "Myndighed Handicap Voksne", "Socialpsykiatri");

	/** Ids of what was built. Children's cases go to {@code familyUnits}, adults' to {@code adultUnits}. */
	record Built(List<Long> familyUnits, List<Long> adultUnits, Map<Long, List<Long>> caseworkers,
			Map<Long, String> staffNames, Map<Long, String> usernames, long demoCaseworker) {
	}

	private final Organisation organisation;

	private final UserAccounts accounts;

	private final Signatures signatures;

	DemoOrganisation(Organisation organisation, UserAccounts accounts, Signatures signatures) {
		this.organisation = organisation;
		this.signatures = signatures;
		this.accounts = accounts;
	}

	Built build(int staffCount, SplittableRandom random) {
		long administration = organisation.createAdministration("Socialforvaltningen");
		long children = organisation.createCentre(administration, "Borgercenter Børn og Unge");
		long adults = organisation.createCentre(administration, "Borgercenter Voksne");
		long handicap = organisation.createCentre(administration, "Borgercenter Handicap");
		long policy = organisation.createCentre(administration, "Center for Politik");

		List<Long> familyUnits = new ArrayList<>();
		for (String name : FAMILY_UNITS) {
			familyUnits.add(organisation.createUnit(children, name));
		}
		List<Long> adultUnits = new ArrayList<>();
		for (int i = 0; i < ADULT_UNITS.size(); i++) {
			adultUnits.add(organisation.createUnit(i < 3 ? adults : handicap, ADULT_UNITS.get(i)));
		}
		long legal = organisation.createUnit(policy, "Jura og Tilsyn");
		long secretariat = organisation.createUnit(policy, "Sekretariat og IT");
		// synthetic contact details for the signatures of the units' letters
		List<Long> all = new ArrayList<>(familyUnits);
		all.addAll(adultUnits);
		all.add(legal);
		for (int i = 0; i < all.size(); i++) {
			signatures.updateContact(all.get(i), new UnitContact("Demovej " + (i + 1) + ", 1599 København V",
					String.format("33 66 %02d %02d", 10 + i, 40 + i), "enhed" + (i + 1) + "@socialforvaltningen.example.dk"));
		}

		String hash = accounts.hash(PASSWORD);
		Staffing staffing = new Staffing(hash, random);
		long amager = familyUnits.get(0);
		long demoCaseworker = staffing.add("sagsbehandler", "Sara Sagsbehandler", StaffRole.CASEWORKER, amager);
		signatures.updateTitle(demoCaseworker, "Socialrådgiver");
		staffing.add("leder", "Lone Leder", StaffRole.UNIT_LEADER, amager);
		staffing.add("jurist", "Jonas Jurist", StaffRole.SUPERVISION_LAWYER, legal);
		staffing.add("admin", "Anna Administrator", StaffRole.ADMINISTRATOR, secretariat);

		List<Long> caseUnits = new ArrayList<>(familyUnits);
		caseUnits.addAll(adultUnits);
		for (long unit : caseUnits) {
			if (unit != amager) {
				staffing.add(null, null, StaffRole.UNIT_LEADER, unit);
			}
		}
		for (int i = 0; i < 3; i++) {
			staffing.add(null, null, StaffRole.SUPERVISION_LAWYER, legal);
		}
		// the rest are caseworkers, more of them in the family units, where most cases are
		for (int i = 0, family = 0, adult = 0; staffing.count() < staffCount; i++) {
			long unit = i % 3 == 2 ? adultUnits.get(adult++ % adultUnits.size())
					: familyUnits.get(family++ % familyUnits.size());
			staffing.add(null, null, StaffRole.CASEWORKER, unit);
		}
		// the children's centre's leader plans the supervision rounds over its family units (her scope is the centre)
		staffing.add("centerchef", "Cecilie Centerchef", StaffRole.CENTRE_LEADER, amager);
		return new Built(familyUnits, adultUnits, staffing.caseworkers, staffing.names, staffing.logins, demoCaseworker);
	}

	private final class Staffing {

		private final String hash;

		private final SplittableRandom random;

		private final Set<String> usernames = new HashSet<>();

		private final Map<Long, List<Long>> caseworkers = new LinkedHashMap<>();

		private final Map<Long, String> names = new LinkedHashMap<>();

		private final Map<Long, String> logins = new LinkedHashMap<>();

		Staffing(String hash, SplittableRandom random) {
			this.hash = hash;
			this.random = random;
		}

		int count() {
			return names.size();
		}

		long add(String username, String fullName, StaffRole role, long unit) {
			String name = fullName;
			if (name == null) {
				boolean female = random.nextInt(10) < 7;
				name = Names.first(random, female) + " " + Names.surname(random);
			}
			String login = username != null ? username : uniqueUsername(name);
			long id = organisation.createStaff(login, name, role, unit);
			accounts.createWithHash(login, hash);
			names.put(id, name);
			logins.put(id, login);
			if (role == StaffRole.CASEWORKER) {
				caseworkers.computeIfAbsent(unit, k -> new ArrayList<>()).add(id);
			}
			return id;
		}

		private String uniqueUsername(String name) {
			String base = java.text.Normalizer.normalize(name.toLowerCase(java.util.Locale.ROOT)
				.replace("æ", "ae").replace("ø", "oe").replace("å", "aa"), java.text.Normalizer.Form.NFD)
				.replaceAll("[^a-z ]", "")
				.replace(' ', '.');
			String candidate = base;
			for (int n = 2; !usernames.add(candidate); n++) {
				candidate = base + n;
			}
			return candidate;
		}
	}
}
