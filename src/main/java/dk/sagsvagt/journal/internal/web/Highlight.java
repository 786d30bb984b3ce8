package dk.sagsvagt.journal.internal.web;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a search headline, whose matched words PostgreSQL marked with {@code \u0001} and {@code \u0002}, into safe
 * HTML: the text is escaped first, so a document's contents can never inject markup.
 */
final class Highlight {

	private Highlight() {
	}

	static String toHtml(String headline) {
		if (headline == null) {
			return "";
		}
		return HtmlUtils.htmlEscape(headline).replace("\u0001", "<mark>").replace("\u0002", "</mark>");
	}

	static String plain(String headline) {
		return headline == null ? "" : headline.replace("\u0001", "").replace("\u0002", "");
	}
}
