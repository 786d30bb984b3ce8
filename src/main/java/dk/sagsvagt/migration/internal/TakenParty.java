package dk.sagsvagt.migration.internal;

import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.citizens.Citizen;

/** A party of a case being taken over: the citizen found or registered by CPR number, and the party's role. */
record TakenParty(Citizen citizen, PartyRole role) {
}
