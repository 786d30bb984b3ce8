package dk.sagsvagt.cases;

/** An entry of the case-type catalogue. */
public record CaseType(String code, String name, String kle, CaseArea area) {
}
