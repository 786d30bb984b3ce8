package dk.sagsvagt.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.HistoricDocument;
import dk.sagsvagt.shared.WorkingDayCalendar;

/** Invented journal documents: every case gets one, the rest fall on cases with a skewed (log-normal) weight. */
final class DemoDocuments {

	private DemoDocuments() {
	}

	static List<HistoricDocument> plan(int total, List<DemoCases.Planned> cases, List<CaseImport.Registered> registered,
			DemoOrganisation.Built org, Instant now, SplittableRandom random) {
		double[] cumulative = new double[cases.size()];
		double sum = 0;
		for (int i = 0; i < cases.size(); i++) {
			sum += Math.exp(random.nextGaussian() * 1.1);
			cumulative[i] = sum;
		}
		int[] perCase = new int[cases.size()];
		for (int i = 0; i < cases.size(); i++) {
			perCase[i] = 1;
		}
		for (int d = cases.size(); d < total; d++) {
			int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * sum);
			perCase[at < 0 ? -at - 1 : at]++;
		}
		List<HistoricDocument> documents = new ArrayList<>(total);
		for (int i = 0; i < cases.size(); i++) {
			DemoCases.Planned c = cases.get(i);
			CaseImport.Registered r = registered.get(i);
			Instant start = c.historic().openedAt();
			Instant end = c.historic().closedAt() == null ? now : c.historic().closedAt();
			long span = Math.max(1, Duration.between(start, end).toMinutes());
			for (int n = 0; n < perCase[i]; n++) {
				Instant at = n == 0 ? start.plusSeconds(60 + random.nextInt(3600))
						: start.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
				if (at.isAfter(now)) {
					at = now;
				}
				documents.add(document(c, r, n == 0, at, org, random));
			}
		}
		return documents;
	}

	private static HistoricDocument document(DemoCases.Planned c, CaseImport.Registered r, boolean first, Instant at,
			DemoOrganisation.Built org, SplittableRandom random) {
		String type = c.historic().caseType();
		DanishText.Topic topic;
		String title;
		Direction direction;
		DocumentKind kind;
		int roll = random.nextInt(10);
		if (first && type.equals("NOTIFICATION")) {
			topic = DanishText.Topic.NOTIFICATION;
			title = "Underretning modtaget";
			direction = Direction.INCOMING;
			kind = DocumentKind.LETTER;
		}
		else if (first) {
			topic = c.adult() ? DanishText.Topic.ADULT : DanishText.Topic.ASSESSMENT;
			title = c.adult() ? "Ansøgning" : "Sagsåbning og vurdering";
			direction = c.adult() ? Direction.INCOMING : Direction.INTERNAL;
			kind = c.adult() ? DocumentKind.APPLICATION : DocumentKind.NOTE;
		}
		else if (roll < 5) {
			topic = DanishText.Topic.NOTE;
			title = "Notat om samtale";
			direction = Direction.INTERNAL;
			kind = DocumentKind.NOTE;
		}
		else if (roll < 7) {
			topic = c.adult() ? DanishText.Topic.ADULT : DanishText.Topic.ASSESSMENT;
			title = c.adult() ? "Udtalelse fra bostøtte" : "Udtalelse fra skolen";
			direction = Direction.INCOMING;
			kind = DocumentKind.REPORT;
		}
		else if (roll < 9) {
			topic = c.adult() ? DanishText.Topic.ADULT : DanishText.Topic.MEASURE;
			title = c.adult() ? "Brev til borgeren" : "Partshøring";
			direction = Direction.OUTGOING;
			kind = DocumentKind.LETTER;
		}
		else {
			topic = c.adult() ? DanishText.Topic.ADULT : DanishText.Topic.MEASURE;
			title = c.adult() ? "Afgørelse" : "Afgørelse om foranstaltning";
			direction = Direction.OUTGOING;
			kind = DocumentKind.DECISION;
		}
		int words = Math.min(2000, 100 + (int) Math.exp(random.nextGaussian() * 0.8 + 5.3));
		String text = DanishText.compose(topic, words, c.childName(), c.parentName(), random);
		LocalDate date = at.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
		long author = c.caseworker();
		return new HistoricDocument(r.id(), r.caseNumber(), title, direction, kind, date, org.staffNames().get(author),
				text, at, org.usernames().get(author));
	}
}
