package dk.sagsvagt.supervision.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.supervision.Addendum;
import dk.sagsvagt.supervision.CaseAnswer;
import dk.sagsvagt.supervision.ChecklistRow;
import dk.sagsvagt.supervision.Finding;
import dk.sagsvagt.supervision.Flag;
import dk.sagsvagt.supervision.Proportion;
import dk.sagsvagt.supervision.Question;
import dk.sagsvagt.supervision.QuestionResult;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.SampledCase;
import dk.sagsvagt.supervision.Sampling;
import dk.sagsvagt.shared.Letterhead;

import org.springframework.stereotype.Component;

/** The round's workbook (XLSX) and result note (PDF), in Danish. Case numbers only: no names or CPR numbers. */
@Component
public class RoundDocuments {

	private final String letterhead;

	RoundDocuments(Letterhead letterhead) {
		this.letterhead = letterhead.administration();
	}

	/**
	 * Everything the documents show. {@code checklists} is keyed by case number, in sample order; {@code population}
	 * holds case number and stratum per case; {@code names} gives a person's name from a user name.
	 */
	public record Content(Round round, String templateName, List<Question> questions, List<SampledCase> sample,
			Map<String, List<ChecklistRow>> checklists, Map<Long, String> unitNames, Map<String, String> caseTypeNames,
			List<QuestionResult> results,
			List<Flag> flags, List<Finding> findings, List<String[]> population, Round previous, List<Addendum> addenda,
			java.util.function.UnaryOperator<String> names) {
	}

	static String danish(String answer) {
		return answer == null ? "" : switch (answer) {
			case "YES" -> "Ja";
			case "NO" -> "Nej";
			default -> "Ikke relevant";
		};
	}

	public byte[] workbook(Content c) {
		// streamed: the population sheet can hold a hundred thousand rows
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet cases = workbook.createSheet("Sager");
			List<String> header = new ArrayList<>(List.of("Sagsnummer", "Enhed", "Stratum"));
			// questions by their number in the checklist, as the reviewers read them; never by code
			java.util.Map<String, Integer> number = new java.util.HashMap<>();
			for (var q : c.questions()) {
				number.put(q.code(), number.size() + 1);
				header.add(number.get(q.code()) + ". " + q.text());
			}
			header.addAll(List.of("Kommentarer", "Gennemgået af", "Højeste niveau", "Særlig opmærksomhed"));
			row(cases, 0, header);
			int r = 1;
			Set<String> flagged = new LinkedHashSet<>(c.flags().stream().map(Flag::caseNumber).toList());
			for (SampledCase s : c.sample()) {
				if (!s.active()) {
					continue;
				}
				List<String> line = new ArrayList<>(List.of(s.caseNumber(), c.unitNames().getOrDefault(s.unitId(), ""), s.stratum()));
				List<String> comments = new ArrayList<>();
				Set<String> reviewers = new LinkedHashSet<>();
				int level = 0;
				List<ChecklistRow> checklist = c.checklists().get(s.caseNumber());
				if (checklist == null) {
					// a case the reader may not read (special protection, or outside a leader's own scope) shows no content
					line.add("Vises ikke: særligt beskyttet eller uden for læserens område");
					row(cases, r++, line);
					continue;
				}
				for (ChecklistRow row : checklist) {
					CaseAnswer effective = row.effective();
					line.add(effective == null ? "" : danish(effective.answer()) + (effective.prefilled() ? " (forudfyldt)" : ""));
					for (CaseAnswer a : row.answers()) {
						if (a.comment() != null) {
							comments.add("Spm. " + number.getOrDefault(row.question().code(), 0)
									+ (a.level() == 0 ? " (forudfyldt)" : " (niveau " + a.level() + ")") + ": " + a.comment());
						}
						if (!a.prefilled()) {
							reviewers.add(c.names().apply(a.answeredBy()));
						}
						level = Math.max(level, a.level());
					}
				}
				line.addAll(List.of(String.join(" | ", comments), String.join(", ", reviewers), level == 0 ? "" : String.valueOf(level),
						flagged.contains(s.caseNumber()) ? "Ja" : ""));
				row(cases, r++, line);
			}
			Sheet summary = workbook.createSheet("Resultat");
			row(summary, 0, List.of("Spørgsmål", "Lovgrundlag", "Opfyldt", "Vurderet", "Andel", "95 % interval", "Forrige runde", "Ændring sandsynligt reel"));
			r = 1;
			for (QuestionResult q : c.results()) {
				row(summary, r++, List.of(q.question().text(), q.question().law(), String.valueOf(q.all().met()), String.valueOf(q.all().total()),
						q.all().percent(), q.all().interval(), q.previous() == null ? "" : q.previous().percent(),
						q.previous() == null ? "" : q.likelyReal() ? "Ja" : "Nej"));
			}
			Sheet flags = workbook.createSheet("Særlig opmærksomhed");
			row(flags, 0, List.of("Sagsnummer", "Begrundelse", "Ansvarlig", "Opfølgningsfrist", "Opfølgningsnotat", "Foreslået til Ankestyrelsen",
					"Valgt til Ankestyrelsen", "Hvem deltog i valget", "Sendt til Ankestyrelsen"));
			r = 1;
			for (Flag f : c.flags()) {
				row(flags, r++, List.of(f.caseNumber(), f.reason(), c.names().apply(f.owner()), DanishDates.longDate(f.followUpDue()),
						f.followUpNote() == null ? "" : f.followUpNote(), f.proposedForAppealsBoard() ? "Ja" : "Nej",
						f.chosenForAppealsBoard() ? "Ja" : "Nej", f.choiceNote() == null ? "" : f.choiceNote(),
						DanishDates.longDate(f.sentToAppealsBoardAt())));
			}
			if (!c.addenda().isEmpty()) {
				Sheet addenda = workbook.createSheet("Tillæg");
				row(addenda, 0, List.of("Nr.", "Dato", "Skrevet af", "Sag", "Tillæg", "Dokument"));
				r = 1;
				for (Addendum a : c.addenda()) {
					row(addenda, r++, List.of(String.valueOf(a.seq()), DanishDates.longDate(a.createdAt()), a.createdByName(),
							a.caseNumber() == null ? "Hele tilsynet" : a.caseNumber(), a.text(), a.documentNumber()));
				}
			}
			Sheet population = workbook.createSheet("Population");
			// the keys are left out here (they follow from the seed, and the CSV download has them): a hundred thousand
			// of them would double the time to write the workbook
			row(population, 0, List.of("Sagsnummer", "Stratum"));
			r = 1;
			for (String[] p : c.population()) {
				Row line = population.createRow(r++);
				line.createCell(0).setCellValue(p[0]);
				line.createCell(1).setCellValue(p[1]);
			}
			Sheet method = workbook.createSheet("Metode");
			row(method, 0, List.of("Frø", c.round().seed() == null ? "" : c.round().seed()));
			row(method, 1, List.of("Populationens SHA-256", c.round().populationSha256() == null ? "" : c.round().populationSha256()));
			row(method, 2, List.of("Populationens størrelse", String.valueOf(c.round().populationSize())));
			row(method, 3, List.of("Regel", Sampling.RULE_DA));
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void row(Sheet sheet, int index, List<String> values) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < values.size(); i++) {
			row.createCell(i).setCellValue(values.get(i));
		}
	}

	public byte[] resultNote(Content c) {
		Round round = c.round();
		long active = c.sample().stream().filter(SampledCase::active).count();
		PdfReport pdf = new PdfReport(letterhead, "Resultatnotat: " + round.name());
		pdf.paragraph("Periode: " + DanishDates.longDate(round.periodFrom()) + " til " + DanishDates.longDate(round.periodTo()) + ". Tjekliste: " + c.templateName() + ". Sag: "
				+ round.caseNumber() + ".");
		pdf.heading("Metode");
		pdf.paragraph("Populationen er alle sager af typerne "
				+ String.join(", ", round.caseTypes().stream().map(t -> c.caseTypeNames().getOrDefault(t, t)).toList()) + " i enhederne "
				+ String.join(", ", round.unitIds().stream().map(id -> c.unitNames().getOrDefault(id, "?")).toList())
				+ opened(round) + ": " + round.populationSize()
				+ " sager, da stikprøven blev trukket.");
		pdf.paragraph("Kontrol af populationen: hent filen population.csv fra tilsynets side i Sagsvagt (linket »Populationen "
				+ "(CSV)«) og beregn dens SHA-256, fx med kommandoen sha256sum population.csv. Resultatet skal være "
				+ round.populationSha256() + ". Filen har en linje pr. sag med sagsnummer, stratum og sagens nøgle ud fra frøet, så "
				+ "enhver kan trække stikprøven igen efter reglen nedenfor. Den, der kun gennemgår en del af tilsynet, får kun den dels "
				+ "linjer, og deres SHA-256 er en anden.");
		pdf.paragraph("Stikprøve: " + round.sampleSize() + (round.perUnit() ? " sager pr. enhed" : " sager i alt")
				+ (round.byMeasure() ? ", fordelt på sagstyper" : "") + (round.minPerStratum() > 0 ? ", mindst " + round.minPerStratum()
						+ " pr. stratum" : "") + "; " + active + " sager gennemgået. Frø: " + round.seed() + ".");
		pdf.paragraph("Regel: " + Sampling.RULE_DA + " Populationslisten med nøgler følger som bilag i regnearket (fanen Population).");
		pdf.heading("Resultater");
		List<List<String>> rows = new ArrayList<>();
		for (QuestionResult q : c.results()) {
			rows.add(List.of(q.question().text(), q.question().law(), q.all().met() + "/" + q.all().total(), q.all().percent(),
					q.all().interval(), q.previous() == null ? "" : q.previous().percent() + (q.likelyReal() ? " *" : "")));
		}
		pdf.table(new float[] { 0.36f, 0.2f, 0.1f, 0.08f, 0.13f, 0.13f }, List.of("Krav", "Lovgrundlag", "Opfyldt", "Andel", "95 % interval",
				"Forrige runde"), rows);
		if (c.previous() != null) {
			pdf.paragraph("Forrige runde: " + c.previous().name() + ". * betyder, at ændringen næppe skyldes tilfældigheder (z-test, 5 %).");
		}
		pdf.bars(c.results().stream().map(q -> shortText(q.question().text())).toList(), c.results().stream().map(q -> q.all().share()).toList());
		pdf.heading("Generelle problemstillinger");
		if (c.findings().isEmpty()) {
			pdf.paragraph("Der er ikke registreret generelle problemstillinger.");
		}
		for (Finding f : c.findings()) {
			pdf.paragraph("• " + f.text() + (f.caseNumbers().isEmpty() ? "" : " (sager: " + String.join(", ", f.caseNumbers()) + ")"));
		}
		pdf.heading("Sager med særlig opmærksomhed");
		pdf.table(new float[] { 0.25f, 0.5f, 0.25f }, List.of("Sagsnummer", "Opfølgning", "Ankestyrelsen"), c.flags()
			.stream()
			.map(f -> List.of(f.caseNumber(), f.followedUp() ? "Opfølgning gennemført" : "Frist " + DanishDates.longDate(f.followUpDue()),
					appealsBoard(f)))
			.toList());
		if (!c.addenda().isEmpty()) {
			pdf.heading("Tillæg efter afslutningen");
			pdf.paragraph("Tilsynet blev afsluttet " + DanishDates.longDate(round.concludedAt()) + ". Rettelser derefter står her og er "
					+ "journaliseret hver for sig; den første udgave af dette notat er bevaret.");
			for (Addendum a : c.addenda()) {
				pdf.paragraph("Tillæg nr. " + a.seq() + " af " + DanishDates.longDate(a.createdAt()) + ", " + a.createdByName()
						+ (a.caseNumber() == null ? "" : " (sag " + a.caseNumber() + ")") + ": " + a.text());
			}
		}
		return pdf.render();
	}

	/** A requirement's text short enough for a bar's label (a person reads the text, not the question's code). */
	static String shortText(String text) {
		return text.length() <= 45 ? text : text.substring(0, 44).strip() + "…";
	}

	/** When the population's cases were opened, as the note says it. */
	private static String opened(Round round) {
		if (round.openedFrom() != null && round.openedTo() != null) {
			return ", oprettet fra " + DanishDates.longDate(round.openedFrom()) + " til " + DanishDates.longDate(round.openedTo());
		}
		if (round.openedFrom() != null) {
			return ", oprettet fra " + DanishDates.longDate(round.openedFrom());
		}
		return round.openedTo() == null ? "" : ", oprettet senest " + DanishDates.longDate(round.openedTo());
	}

	/** An addendum as its own document. */
	public byte[] addendum(Round round, Addendum a) {
		PdfReport pdf = new PdfReport(letterhead, "Tillæg nr. " + a.seq() + " til tilsynet " + round.name());
		pdf.paragraph("Tilsynets sag: " + round.caseNumber() + ". Tilsynet blev afsluttet " + DanishDates.longDate(round.concludedAt()) + ".");
		if (a.caseNumber() != null) {
			pdf.paragraph("Tillægget vedrører sag " + a.caseNumber() + ".");
		}
		pdf.heading("Rettelse");
		pdf.paragraph(a.text());
		pdf.paragraph("Skrevet af " + a.createdByName() + " den " + DanishDates.longDate(a.createdAt()) + ". Regneark og resultatnotat er "
				+ "journaliseret igen som en ny udgave med tillægget; de tidligere udgaver er bevaret.");
		return pdf.render();
	}

	/** Where a flagged case stands with Ankestyrelsen, with who took part in choosing it. */
	static String appealsBoard(Flag f) {
		String state = f.sentToAppealsBoardAt() != null ? "Sendt " + DanishDates.longDate(f.sentToAppealsBoardAt())
				: f.chosenForAppealsBoard() ? "Valgt" : f.proposedForAppealsBoard() ? "Foreslået" : "";
		return f.choiceNote() == null ? state : state + " (" + f.choiceNote() + ")";
	}
}
