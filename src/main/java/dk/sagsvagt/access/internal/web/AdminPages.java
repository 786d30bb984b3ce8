package dk.sagsvagt.access.internal.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CitizenExtract;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.organisation.Organisation;
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

	private final CitizenExtract extract;

	AdminPages(Organisation organisation, AccessGrants grants, AccessPolicy access, CitizenExtract extract) {
		this.organisation = organisation;
		this.grants = grants;
		this.access = access;
		this.extract = extract;
	}

	@GetMapping("/admin/users")
	String users(Model model) {
		access.require(access.currentUser(), Action.ADMINISTER, "brugeradministration");
		Map<Long, Unit> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
		model.addAttribute("staff", organisation.allStaff());
		model.addAttribute("units", units);
		model.addAttribute("scopes", grants.scopes());
		model.addAttribute("allScopes", Scope.values());
		model.addAttribute("allRoles", StaffRole.values());
		model.addAttribute("allUnits", organisation.units());
		model.addAttribute("changes", grants.recentChanges(50));
		return "admin/users";
	}

	@PostMapping("/admin/users")
	String createUser(@RequestParam String username, @RequestParam String fullName, @RequestParam StaffRole role,
			@RequestParam(required = false) Long unitId, @RequestParam String password, Model model) {
		CurrentUser admin = access.currentUser();
		access.require(admin, Action.ADMINISTER, "opret bruger");
		try {
			grants.createUser(username, fullName, role, unitId, password, admin.username());
		}
		catch (InvalidInputException e) {
			model.addAttribute("userError", e.getMessage());
			model.addAttribute("userErrorField", e.field());
			return users(model);
		}
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/units")
	String units(Model model) {
		access.require(access.currentUser(), Action.ADMINISTER, "enheder");
		model.addAttribute("units", organisation.units());
		model.addAttribute("centres", organisation.centres());
		return "admin/units";
	}

	@PostMapping("/admin/units")
	String createUnit(@RequestParam long centreId, @RequestParam String name, Model model) {
		CurrentUser admin = access.currentUser();
		access.require(admin, Action.ADMINISTER, "opret enhed");
		try {
			grants.createUnit(centreId, name, admin.username());
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.getMessage());
			return units(model);
		}
		return "redirect:/admin/units";
	}

	@GetMapping("/admin/extract")
	String extractForm() {
		access.require(access.currentUser(), Action.ADMINISTER, "udtræk af adgangslog");
		return "admin/extract";
	}

	@PostMapping("/admin/extract")
	Object extract(@RequestParam String cpr, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		try {
			byte[] pdf = extract.pdf(cpr, from, to, access.currentUser());
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
	String setScope(@PathVariable String username, @RequestParam Scope scope) {
		CurrentUser admin = access.currentUser();
		access.require(admin, Action.ADMINISTER, "ændring af adgang for " + username);
		organisation.staffByUsername(username).orElseThrow(() -> new NotFoundException("Brugeren findes ikke."));
		grants.setScope(username, scope, admin.username());
		return "redirect:/admin/users";
	}

	/** Changes a user's role and unit; the change is recorded in the permission log. */
	@PostMapping("/admin/users/{username}/role")
	String setRole(@PathVariable String username, @RequestParam StaffRole role, @RequestParam(required = false) Long unitId) {
		CurrentUser admin = access.currentUser();
		access.require(admin, Action.ADMINISTER, "ændring af rolle for " + username);
		Staff staff = organisation.staffByUsername(username).orElseThrow(() -> new NotFoundException("Brugeren findes ikke."));
		Long unit = role.isExternal() ? null : unitId == null ? staff.unitId() : unitId;
		if (!role.isExternal() && unit == null) {
			throw new InvalidInputException("unitId", "Vælg en enhed.");
		}
		grants.changeRole(staff.id(), username, staff.fullName(), role, unit, admin.username());
		return "redirect:/admin/users";
	}
}
