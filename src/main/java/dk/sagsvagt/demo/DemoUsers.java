package dk.sagsvagt.demo;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;

/** The demo acts as its staff: a staff member as the current user of a service call. */
final class DemoUsers {

	private DemoUsers() {
	}

	static CurrentUser of(Staff staff) {
		return new CurrentUser(staff.username(), staff.id(), staff.fullName(), staff.role(), staff.unitId());
	}

	static CurrentUser of(Organisation organisation, String username) {
		return of(organisation.staffByUsername(username).orElseThrow());
	}
}
