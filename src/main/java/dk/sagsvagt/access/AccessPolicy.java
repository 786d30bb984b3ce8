package dk.sagsvagt.access;

import java.util.Set;

import dk.sagsvagt.access.internal.StaffPrincipal;
import dk.sagsvagt.shared.AccessDeniedException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place that decides what a user may see. Web pages, the API and search all ask here.
 * Unit scope for now: caseworkers and leaders see the cases of their own unit; other roles see no cases until
 * their scopes (supervision rounds, disclosures) exist.
 */
@Service
public class AccessPolicy {

	public CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal) {
			return principal.user();
		}
		throw new AccessDeniedException("Du er ikke logget ind.");
	}

	public VisibleUnits visibleUnits(CurrentUser user) {
		return switch (user.role()) {
			case CASEWORKER, LEADER -> new VisibleUnits(Set.of(user.unitId()));
			case SUPERVISION_LAWYER, ADMINISTRATOR -> VisibleUnits.none();
		};
	}

	public boolean canViewCase(CurrentUser user, long caseUnitId) {
		return visibleUnits(user).includes(caseUnitId);
	}

	/** Creating a case puts it in the user's own unit, which only caseworkers and leaders work in. */
	public boolean canCreateCase(CurrentUser user) {
		return canViewCase(user, user.unitId());
	}

	public void requireCaseView(CurrentUser user, long caseUnitId, String caseNumber) {
		if (!canViewCase(user, caseUnitId)) {
			throw new AccessDeniedException("Du har ikke adgang til sag " + caseNumber + ".");
		}
	}
}
