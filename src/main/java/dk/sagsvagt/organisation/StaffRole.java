package dk.sagsvagt.organisation;

/** What a staff member does. Danish names are in the message bundle under {@code role.*}. */
public enum StaffRole {
	CASEWORKER, LEADER, SUPERVISION_LAWYER, ADMINISTRATOR
}
