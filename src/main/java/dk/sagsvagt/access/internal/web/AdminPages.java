package dk.sagsvagt.access.internal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.internal.CitizenExtract;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Signatures;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administration of users' scopes; every change is recorded in the permission log shown on the same page. */
@Controller
class AdminPages {

	private final Organisation organisation;

	private final AccessGrants grants;

	private final AccessPolicy access;

	private static final int PAGE_SIZE = 25;

	private final CitizenExtract extract;

	private final ChangeLogView changeLog;

	private final Signatures signatures;

	AdminPages(Organisation organisation, AccessGrants grants, AccessPolicy access, CitizenExtract extract, ChangeLogView changeLog,
			Signatures signatures) {
		this.signatures = signatures;
		this.changeLog = changeLog;
		this.organisation = organisation;
		this.grants = grants;
		this.access = access;
		this.extract = extract;
	}

	/**
	 * The users, a page at a time and searchable by name, user name or unit, with no form per row (issue 18: 200 staff
	 * made a page of 600 forms); each user is edited on a page of their own.
	 */
	@GetMapping("/admin/users")
	String users(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		access.require(user, Action.ADMINISTER, "brugeradministration");
		String query = q == null ? "" : q.strip();
		if (query.length() > 100) {
			query = query.substring(0, 100);
		}
		List<Unit> allUnits = organisation.units();
		model.addAttribute("users", organisation.searchStaff(query, page, PAGE_SIZE));
		model.addAttribute("q", query);
		model.addAttribute("units", allUnits.stream().collect(Collectors.toMap(Unit::id, Function.identity())));
		model.addAttribute("scopes", grants.scopes());
		model.addAttribute("allRoles", StaffRole.values());
		model.addAttribute("allUnits", allUnits);
		model.addAttribute("changes", changeLog.of(grants.recentChanges(50), locale));
		return "admin/users";
	}

	/** One user's role, unit, scope and status, each changed by its own form, and the changes recorded about them. */
	@GetMapping("/admin/users/{username}")
	String user(CurrentUser currentUser, @PathVariable String username, Model model, Locale locale) {
		access.require(currentUser, Action.ADMINISTER, "brugeradministration: " + username);
		Staff staff = organisation.staffByUsername(username).orElseThrow(() -> new NotFoundException("Brugeren findes ikke."));
		model.addAttribute("s", staff);
		model.addAttribute("unit", staff.unitId() == null ? null : organisation.unit(staff.unitId()));
		model.addAttribute("scope", grants.scopes().getOrDefault(username, Scope.defaultFor(staff.role())));
		model.addAttribute("allScopes", Scope.values());
		model.addAttribute("allRoles", StaffRole.values());
		model.addAttribute("allUnits", organisation.units());
		model.addAttribute("letterTitle", signatures.registeredTitle(staff.id()));
		model.addAttribute("changes", changeLog.of(grants.changesAbout(username, 50), locale));
		return "admin/user";
	}

	@PostMapping("/admin/users")
	String createUser(CurrentUser user, @RequestParam String username, @RequestParam String fullName, @RequestParam StaffRole role,
			@RequestParam(required = false) Long unitId, @RequestParam String password, Model model) {
		CurrentUser admin = user;
		access.require(admin, Action.ADMINISTER, "opret bruger");
		try {
			grants.createUser(username, fullName, role, unitId, password, admin.username());
		}
		catch (InvalidInputException e) {
			model.addAttribute("userError", e.getMessage());
			model.addAttribute("userErrorField", e.field());
			model.addAttribute("newUser", Map.of("username", username, "fullName", fullName, "role", role.name(),
					"unitId", unitId == null ? "" : String.valueOf(unitId)));
			return users(user, null, 0, model, Locale.forLanguageTag("da"));
		}
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/extract")
	String extractForm(CurrentUser user) {
		access.require(user, Action.ADMINISTER, "udtræk af adgangslog");
		return "admin/extract";
	}

	@PostMapping("/admin/extract")
	Object extract(CurrentUser user, @RequestParam String cpr, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		try {
			byte[] pdf = extract.pdf(cpr, from, to, user);
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("adgangslog-udtraek.pdf").build().toString())
				.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
				.body(pdf);
		}
		catch (InvalidInputException | NotFoundException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			return "admin/extract";
		}
	}

	@PostMapping("/admin/users/{username}/scope")
	String setScope(CurrentUser user, @PathVariable String username, @RequestParam Scope scope) {
		CurrentUser admin = user;
		access.require(admin, Action.ADMINISTER, "ændring af adgang for " + username);
		organisation.staffByUsername(username).orElseThrow(() -> new NotFoundException("Brugeren findes ikke."));
		grants.setScope(username, scope, admin.username());
		return "redirect:/admin/users/" + username;
	}

	/** The title a user's letters are signed with ("Socialrådgiver"); empty returns to the role's name. */
	@PostMapping("/admin/users/{username}/title")
	String setTitle(CurrentUser user, @PathVariable String username, @RequestParam(required = false) String title,
			org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
		access.require(user, Action.ADMINISTER, "titel for " + username);
		Staff staff = organisation.staffByUsername(username).orElseThrow(() -> new NotFoundException("Brugeren findes ikke."));
		try {
			signatures.updateTitle(staff.id(), title);
			flash.addFlashAttribute("message", "Titlen er gemt.");
		}
		catch (InvalidInputException e) {
			flash.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/admin/users/" + username;
	}

	/** Changes a user's role and unit; the change is recorded in the permission log. */
	@PostMapping("/admin/users/{username}/role")
	String setRole(CurrentUser user, @PathVariable String username, @RequestParam StaffRole role, @RequestParam(required = false) Long unitId) {
		CurrentUser admin = user;
		access.require(admin, Action.ADMINISTER, "ændring af rolle for " + username);
		Staff staff = organisation.staffByUsername(username).orElseThrow(() -> new NotFoundException("Brugeren findes ikke."));
		Long unit = role.isExternal() ? null : unitId == null ? staff.unitId() : unitId;
		if (!role.isExternal() && unit == null) {
			throw new InvalidInputException("unitId", "Vælg en enhed.");
		}
		grants.changeRole(staff.id(), username, staff.fullName(), role, unit, admin.username());
		return "redirect:/admin/users/" + username;
	}
}
