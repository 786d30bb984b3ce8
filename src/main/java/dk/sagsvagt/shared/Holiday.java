package dk.sagsvagt.shared;

import java.time.LocalDate;

/** A public holiday or a closure day, with its Danish name. */
public record Holiday(LocalDate date, String name) {
}
