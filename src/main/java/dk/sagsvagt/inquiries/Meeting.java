package dk.sagsvagt.inquiries;

import java.time.LocalDate;
import java.util.List;

/** A committee meeting (e.g. Socialudvalget) and its agenda in order. */
public record Meeting(long id, String committee, LocalDate meetsOn, String place, List<AgendaItem> items) {
}
