package dk.sagsvagt.access.internal.web;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.sagsvagt.access.AccessGrants.PermissionChange;
import dk.sagsvagt.access.BodyNames;
import dk.sagsvagt.access.CaseNumbers;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The permission log as a person reads it (issue 18): cases by case number, not the internal id the log records;
 * people by full name, not user name; roles and scopes by their Danish names. The log itself is append-only and
 * stays as recorded.
 */
@Component
class ChangeLogView {

	/** One change as shown. */
	record Line(Instant changedAt, String changedBy, String subject, String change) {
	}

	private static final Pattern CASE_ID = Pattern.compile("\\bsag (\\d+)\\b");

	private static final Pattern SUBJECT_CASE = Pattern.compile("^case_id (\\d+)$");

	private static final Pattern ROLE = Pattern.compile("\\b(rolle sat til|med rollen) ([A-Z_]+)\\b");

	private static final Pattern SCOPE = Pattern.compile("\\bscope sat til ([A-Z_]+)\\b");

	/** Why a grant was given: {@code (REVIEW, tilsyn 4)}, {@code adgang (REQUEST_WORK) ophørt}. */
	private static final Pattern GRANT_KIND = Pattern.compile("\\(([A-Z][A-Z_]+)(, tilsyn \\d+)?\\)");

	/** The users in a list of ended grants ({@code ophørt: test.a sag 12, test.b sag 13}). */
	private static final Pattern ENDED_USER = Pattern.compile("(?<=: |, )([^\\s,]+)(?= sag \\d+)");

	/** The readers named on a special protection, at the end of its change. */
	private static final Pattern READERS = Pattern.compile("(kan læses af )(.+)$");

	private final ObjectProvider<CaseNumbers> caseNumbers;

	private final Organisation organisation;

	private final MessageSource messages;

	private final ObjectProvider<BodyNames> bodyNames;

	ChangeLogView(ObjectProvider<CaseNumbers> caseNumbers, ObjectProvider<BodyNames> bodyNames, Organisation organisation,
			MessageSource messages) {
		this.caseNumbers = caseNumbers;
		this.bodyNames = bodyNames;
		this.organisation = organisation;
		this.messages = messages;
	}

	List<Line> of(Collection<PermissionChange> changes, Locale locale) {
		Set<Long> ids = new HashSet<>();
		for (PermissionChange c : changes) {
			collect(CASE_ID.matcher(c.change()), ids);
			collect(SUBJECT_CASE.matcher(c.subject()), ids);
		}
		CaseNumbers lookup = caseNumbers.getIfAvailable();
		Map<Long, String> numbers = lookup == null || ids.isEmpty() ? Map.of() : lookup.of(ids);
		Map<String, String> names = new HashMap<>();
		for (Staff s : organisation.allStaff()) {
			names.put(s.username(), s.fullName());
		}
		BodyNames bodies = bodyNames.getIfAvailable();
		Map<String, String> subjects = new HashMap<>(names);
		if (bodies != null) {
			subjects.putAll(bodies.byCode());
		}
		return changes.stream().map(c -> new Line(c.changedAt(), names.getOrDefault(c.changedBy(), c.changedBy()),
				subject(c.subject(), subjects, numbers), change(c.change(), numbers, names, locale))).toList();
	}

	private String subject(String subject, Map<String, String> names, Map<Long, String> numbers) {
		Matcher m = SUBJECT_CASE.matcher(subject);
		if (m.matches()) {
			return "sag " + numbers.getOrDefault(Long.parseLong(m.group(1)), "(ukendt sag)");
		}
		return names.getOrDefault(subject, subject);
	}

	private String change(String text, Map<Long, String> numbers, Map<String, String> names, Locale locale) {
		String out = ENDED_USER.matcher(text).replaceAll(r -> Matcher.quoteReplacement(names.getOrDefault(r.group(1), r.group(1))));
		out = READERS.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + java.util.Arrays.stream(r.group(2).split(", "))
			.map(u -> names.getOrDefault(u, u)).collect(java.util.stream.Collectors.joining(", "))));
		out = GRANT_KIND.matcher(out).replaceAll(r -> Matcher.quoteReplacement("(" + messages.getMessage("grant." + r.group(1), null,
				r.group(1), locale) + (r.group(2) == null ? "" : r.group(2)) + ")"));
		out = CASE_ID.matcher(out).replaceAll(r -> Matcher.quoteReplacement("sag "
				+ numbers.getOrDefault(Long.parseLong(r.group(1)), "(ukendt sag)")));
		out = ROLE.matcher(out).replaceAll(r -> Matcher.quoteReplacement(r.group(1) + " "
				+ messages.getMessage("role." + r.group(2), null, r.group(2), locale)));
		return SCOPE.matcher(out).replaceAll(r -> Matcher.quoteReplacement("adgang sat til "
				+ messages.getMessage("scope." + r.group(1), null, r.group(1), locale)));
	}

	private static void collect(Matcher m, Set<Long> ids) {
		while (m.find()) {
			ids.add(Long.parseLong(m.group(1)));
		}
	}
}
