package dk.sagsvagt.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.inquiries.Committees;
import dk.sagsvagt.inquiries.Inquiries;
import dk.sagsvagt.inquiries.Inquiry;
import dk.sagsvagt.inquiries.InquiryReplies;
import dk.sagsvagt.inquiries.Meeting;
import dk.sagsvagt.inquiries.NewInquiry;
import dk.sagsvagt.organisation.Organisation;

/**
 * Citizens who wrote to the mayor or the administration about their cases in the demo caseworker's unit, as in the
 * seed letter, each answered by the demo caseworker:
 * the older ones answered (some late), the newer ones open on "Mine frister", two put before Socialudvalget.
 */
final class DemoInquiries {

	private static final List<String> SUBJECTS = List.of("Lang sagsbehandlingstid", "Skift af sagsbehandler", "Manglende svar på ansøgning",
			"Spørgsmål om reglerne for aflastning", "Utilfredshed med handleplanen", "Ønske om møde med lederen");

	private final Inquiries inquiries;

	private final InquiryReplies replies;

	private final Committees committees;

	private final Citizens citizens;

	private final Organisation organisation;

	DemoInquiries(Inquiries inquiries, InquiryReplies replies, Committees committees, Citizens citizens, Organisation organisation) {
		this.inquiries = inquiries;
		this.replies = replies;
		this.committees = committees;
		this.citizens = citizens;
		this.organisation = organisation;
	}

	void run(List<DemoCases.Planned> planned, List<CaseImport.Registered> registered, DemoOrganisation.Built org, LocalDate today,
			SplittableRandom random) {
		CurrentUser leader = DemoUsers.of(organisation, "leder");
		String caseworker = org.usernames().get(org.demoCaseworker());
		record Open(String caseNumber, long citizenId) {
		}
		List<Open> open = new java.util.ArrayList<>();
		long unit = organisation.staff(org.demoCaseworker()).unitId();
		for (int i = 0; i < planned.size() && open.size() < 10; i++) {
			var h = planned.get(i).historic();
			if (h.closedAt() == null && h.unitId() == unit) {
				open.add(new Open(registered.get(i).caseNumber(), h.primaryCitizenId()));
			}
		}
		Map<Long, Citizen> people = citizens.get(open.stream().map(Open::citizenId).distinct().toList()).stream()
			.collect(Collectors.toMap(Citizen::id, c -> c));
		Meeting meeting = committees.createMeeting("Socialudvalget", today.plusDays(9), "Rådhuset, udvalgsværelse 2", leader);
		int forwarded = 0;
		for (int n = 0; n < open.size(); n++) {
			Open o = open.get(n);
			LocalDate received = today.minusDays(2 + n * 4L);
			String subject = SUBJECTS.get(n % SUBJECTS.size());
			Citizen citizen = people.get(o.citizenId());
			Inquiry inquiry = inquiries.register(new NewInquiry(n % 3 == 0 ? "MAYOR" : "ADMINISTRATION", n % 2 == 0 ? "LETTER" : "EMAIL",
					received, citizen.cpr().digits(), citizen.name(), subject,
					"Jeg skriver, fordi min sag har taget lang tid, og jeg har haft flere sagsbehandlere. Jeg vil gerne vide, hvornår "
							+ "jeg kan forvente en afgørelse, og hvilke regler der gælder.",
					List.of("sagsbehandlingstid"), List.of(o.caseNumber()), caseworker), leader);
			if (n >= 4 && n % 3 != 2) {
				// answered; every fourth one after the service target's date
				LocalDate on = received.plusDays(n % 4 == 0 ? 18 : 6 + random.nextInt(5));
				replies.reply(inquiry.id(), replies.draft(inquiry.id(), leader).replace("[Skriv svaret her]",
						"Din sag blev forsinket, da din sagsbehandler skiftede job. Sagen er nu overdraget, og du får en afgørelse snarest."),
						on.isAfter(today) ? today : on, leader);
			}
			else if (n % SUBJECTS.size() < 2 && forwarded < 2) {
				committees.putForward(inquiry.id(), meeting.id(), null,
						"En borger har skrevet til borgmesteren om lang sagsbehandlingstid og skift af sagsbehandler. Forvaltningen orienterer "
								+ "udvalget om henvendelsen og om de tiltag, der er sat i gang.", leader);
				forwarded++;
			}
		}
	}
}
