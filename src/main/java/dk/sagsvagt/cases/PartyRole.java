package dk.sagsvagt.cases;

/** A citizen's standing in a case. Danish names are in the message bundle under {@code party.*}. */
public enum PartyRole {
	PRIMARY, CUSTODIAL_PARENT, PARENT, RELATIVE, REPRESENTATIVE, OTHER
}
