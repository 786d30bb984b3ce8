package dk.sagsvagt.migration.internal;

import java.io.InputStream;

import dk.sagsvagt.migration.MigratedCase;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a migration file (docs/migration.md) one case at a time: {@code {"format": "sagsvagt-migration/1",
 * "source": "…", "cases": [ … ]}}. A case that does not fit the format (an unknown field, a value of the wrong kind) is
 * reported by the line it begins on and the rest are read; a file that is not JSON is read up to the fault.
 */
@Component
public class MigrationJson {

	public static final String FORMAT = "sagsvagt-migration/1";

	/** What a reader of the file is told. */
	public interface Handler {

		/** The file's source has been read (before its cases). */
		void start(String source);

		void take(int line, MigratedCase migrated);

		void problem(int line, String caseNumber, String field, String message);
	}

	/**
	 * Reads the file, at most {@code maxCases} cases and {@code maxBytes} of JSON (a ZIP package's file can unpack to
	 * far more than was uploaded); each case goes to the handler as soon as it is read, so only one is in memory.
	 */
	public void read(InputStream in, int maxCases, long maxBytes, Handler handler) {
		// a string may hold a file of the upload limit as base64; a case is no deeper than a decision's content
		JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(maxBytes).maxStringLength(100_000_000).maxNestingDepth(20).build())
			.build())
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			// each case is read from the middle of the file
			.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.build();
		int line = 1;
		try (JsonParser p = mapper.createParser(in)) {
			if (p.nextToken() != JsonToken.START_OBJECT) {
				handler.problem(1, null, null, "Filen skal være et JSON-objekt med format, source og cases.");
				return;
			}
			String source = null;
			boolean started = false;
			while (p.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = p.currentName();
				JsonToken value = p.nextToken();
				line = p.currentTokenLocation().getLineNr();
				switch (name) {
					case "format" -> {
						if (value != JsonToken.VALUE_STRING || !FORMAT.equals(p.getString())) {
							handler.problem(line, null, "format", "Formatet skal være \"" + FORMAT + "\".");
							return;
						}
					}
					case "source" -> source = value == JsonToken.VALUE_STRING ? p.getString().strip() : null;
					case "cases" -> {
						if (value != JsonToken.START_ARRAY) {
							handler.problem(line, null, "cases", "cases skal være en liste af sager.");
							return;
						}
						if (!started) {
							handler.start(source == null || source.isEmpty() ? "tidligere sagssystem" : source);
							started = true;
						}
						if (!cases(mapper, p, maxCases, handler)) {
							return;
						}
					}
					default -> {
						handler.problem(line, null, name, "Ukendt felt i filen: '" + name + "'.");
						p.skipChildren();
					}
				}
			}
			if (!started) {
				handler.problem(line, null, "cases", "Filen har ingen liste af sager (cases).");
			}
		}
		catch (StreamConstraintsException e) {
			handler.problem(e.getLocation() == null ? line : e.getLocation().getLineNr(), null, null,
					"Filen er for stor til én indlæsning (højst " + maxBytes / 1_000_000 + " MB JSON); resten af filen er ikke læst. "
							+ "Del den op, eller brug kommandolinjen.");
		}
		catch (StreamReadException e) {
			handler.problem(e.getLocation() == null ? line : e.getLocation().getLineNr(), null, null,
					"Filen er ikke gyldig JSON herfra; resten af filen er ikke læst.");
		}
	}

	/** Reads the cases; false when the file ends the run (too many cases). */
	private static boolean cases(JsonMapper mapper, JsonParser p, int maxCases, Handler handler) {
		int count = 0;
		JsonToken token;
		while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
			int line = p.currentTokenLocation().getLineNr();
			if (token != JsonToken.START_OBJECT) {
				handler.problem(line, null, null, "Hvert element i cases skal være en sag (et JSON-objekt).");
				p.skipChildren();
				continue;
			}
			if (++count > maxCases) {
				handler.problem(line, null, null, "Der må højst være " + maxCases
						+ " sager i én indlæsning; resten af filen er ikke læst. Del filen op, eller brug kommandolinjen.");
				return false;
			}
			JsonNode node = mapper.readTree(p);
			MigratedCase migrated;
			try {
				migrated = mapper.treeToValue(node, MigratedCase.class);
			}
			catch (JacksonException e) {
				JsonNode number = node.get("caseNumber");
				handler.problem(line, number != null && number.isString() ? number.asString() : null, path(e), danish(e));
				continue;
			}
			handler.take(line, migrated);
		}
		return true;
	}

	/** The field at fault, as written in the file: documents[0].journaledAt. */
	static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference r : e.getPath()) {
			if (r.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
			}
			else if (r.getIndex() >= 0) {
				path.append('[').append(r.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private static String danish(JacksonException e) {
		if (e instanceof UnrecognizedPropertyException u) {
			return "Ukendt felt: '" + u.getPropertyName() + "'.";
		}
		if (e instanceof InvalidFormatException f) {
			return "Værdien '" + f.getValue() + "' har ikke den rette form (datoer som 2017-03-01, tidspunkter som 2017-03-01T09:00:00+01:00).";
		}
		if (e instanceof MismatchedInputException) {
			return "Feltet har ikke den rette type (fx en tekst hvor der skal stå en liste).";
		}
		return "Sagen kunne ikke læses.";
	}
}
