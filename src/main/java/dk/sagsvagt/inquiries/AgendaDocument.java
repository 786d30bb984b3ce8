package dk.sagsvagt.inquiries;

/** A journaled document attached to an agenda item, listed by number and title. */
public record AgendaDocument(String documentNumber, String title) {
}
