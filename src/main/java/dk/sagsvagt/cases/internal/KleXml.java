package dk.sagsvagt.cases.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dk.sagsvagt.shared.InvalidInputException;

/**
 * Reads KL's KLE files as published (no namespace): {@code <KLE-Emneplan>} with {@code UdgivelsesDato} and
 * {@code Hovedgruppe/Gruppe/Emne} ({@code …Nr}, {@code …Titel}, and in {@code …AdministrativInfo/Historisk} either
 * {@code UdgaaetDato} or {@code Flyttet/FlyttetDato} with {@code AfloestAf}), and {@code <KLE-Handlingsfacetter>} with
 * {@code HandlingsfacetKategori/Handlingsfacet} ({@code HandlingsfacetNr}, {@code HandlingsfacetTitel}). Both the XML
 * version 2.0 files and KLE-Online's REST export (which adds UUIDs and stikord) are read; other elements are skipped.
 * Streaming, with DTDs and external entities refused; at most {@link #MAX_ENTRIES} entries.
 */
public final class KleXml {

	public static final int MAX_ENTRIES = 50_000;

	/** One number (or facet code) of a release. */
	public record Entry(String number, String title, LocalDate expiredOn, String replacedBy) {
	}

	/** A release: which file, its UdgivelsesDato, and its entries. */
	public record Release(String kind, LocalDate releasedOn, List<Entry> entries) {
	}

	private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();

	static {
		INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
	}

	private KleXml() {
	}

	private static final class Open {

		final String level;

		String number;

		String title;

		LocalDate expired;

		String replacedBy;

		Open(String level) {
			this.level = level;
		}
	}

	public static Release read(InputStream in) {
		try {
			XMLStreamReader xml = INPUT.createXMLStreamReader(in, "UTF-8");
			String kind = null;
			LocalDate released = null;
			List<Entry> entries = new ArrayList<>();
			Deque<String> names = new ArrayDeque<>();
			Deque<Open> open = new ArrayDeque<>();
			int replacing = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					String parent = names.peek();
					names.push(name);
					if (names.size() == 1) {
						kind = switch (name) {
							case "KLE-Emneplan" -> "EMNEPLAN";
							case "KLE-Handlingsfacetter" -> "HANDLINGSFACETTER";
							default -> throw new InvalidInputException("file", "Filen er hverken en KLE-emneplan eller KLE-handlingsfacetter (rodelementet er " + name + ").");
						};
						continue;
					}
					switch (name) {
						case "Hovedgruppe", "Gruppe", "Emne", "Handlingsfacet" -> open.push(new Open(name));
						case "AfloestAf" -> replacing++;
						case "UdgivelsesDato" -> {
							if (names.size() == 2) {
								released = date(xml.getElementText(), "UdgivelsesDato");
								names.pop();
							}
						}
						case "UdgaaetDato", "FlyttetDato" -> {
							LocalDate expired = date(xml.getElementText(), name);
							names.pop();
							if (!open.isEmpty() && open.peek().expired == null) {
								open.peek().expired = expired;
							}
						}
						default -> {
							if (name.endsWith("Nr") || name.endsWith("Titel")) {
								String text = xml.getElementText().strip();
								names.pop();
								if (text.length() > 500) {
									throw new InvalidInputException("file", name + " er længere end 500 tegn.");
								}
								if (replacing > 0) {
									if (name.endsWith("Nr") && !open.isEmpty() && open.peek().replacedBy == null) {
										open.peek().replacedBy = text;
									}
								}
								else if (!open.isEmpty() && parent != null && parent.equals(open.peek().level)) {
									if (name.equals(open.peek().level + "Nr")) {
										open.peek().number = text;
									}
									else if (name.equals(open.peek().level + "Titel")) {
										open.peek().title = text;
									}
								}
							}
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					String name = names.pop();
					if (name.equals("AfloestAf")) {
						replacing--;
					}
					else if (!open.isEmpty() && name.equals(open.peek().level)) {
						Open done = open.pop();
						if (done.number == null || done.title == null) {
							throw new InvalidInputException("file", "Et " + done.level + "-element mangler nummer eller titel.");
						}
						entries.add(new Entry(done.number, done.title, done.expired, done.replacedBy));
						if (entries.size() > MAX_ENTRIES) {
							throw new InvalidInputException("file", "Filen har mere end " + MAX_ENTRIES + " numre.");
						}
					}
				}
			}
			if (kind == null || released == null) {
				throw new InvalidInputException("file", "Filen mangler UdgivelsesDato.");
			}
			return new Release(kind, released, entries);
		}
		catch (XMLStreamException e) {
			throw new InvalidInputException("file", "Filen er ikke gyldig XML: " + e.getMessage());
		}
	}

	private static LocalDate date(String text, String element) {
		try {
			return LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length())));
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("file", element + " '" + text.strip() + "' er ikke en dato (åååå-mm-dd).");
		}
	}
}
