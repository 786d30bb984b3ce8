package dk.sagsvagt.cases;

import dk.sagsvagt.citizens.Citizen;

public record Party(Citizen citizen, PartyRole role) {
}
