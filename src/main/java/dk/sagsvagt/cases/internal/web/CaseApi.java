package dk.sagsvagt.cases.internal.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseListItem;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.CaseQuery;
import dk.sagsvagt.cases.CaseStatus;
import dk.sagsvagt.cases.CaseStatusChanges;
import dk.sagsvagt.cases.CaseType;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.OpenedCase;
import dk.sagsvagt.cases.Party;
import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.shared.PageOf;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Sager", description = "Sagsregistret")
class CaseApi {

	private final Cases cases;

	private final CaseLists lists;

	private final AccessPolicy access;

	private final CaseStatusChanges statusChanges;

	CaseApi(Cases cases, CaseLists lists, AccessPolicy access, CaseStatusChanges statusChanges) {
		this.statusChanges = statusChanges;
		this.cases = cases;
		this.lists = lists;
		this.access = access;
	}

	@GetMapping("/case-types")
	@Operation(summary = "Katalog over sagstyper")
	List<CaseType> caseTypes() {
		return cases.caseTypes();
	}

	@PostMapping("/cases")
	@Operation(summary = "Opret en sag for en borger (CPR-nummer) i brugerens enhed")
	ResponseEntity<CaseJson> create(CurrentUser user, @Valid @RequestBody RegisterCase command) {
		CaseFile created = cases.register(command, user);
		List<Party> parties = cases.parties(created);
		access.logShown(user, cases.facts(created.caseNumber()), "svar på opret sag");
		return ResponseEntity.created(URI.create("/api/cases/" + created.caseNumber())).body(CaseJson.of(created, parties));
	}

	@GetMapping("/cases/{caseNumber}")
	@Operation(summary = "Én sag med parter")
	CaseJson get(CurrentUser user, @PathVariable String caseNumber) {
		OpenedCase opened = cases.openWithParties(caseNumber, user, Action.VIEW_CASE);
		return CaseJson.of(opened.caseFile(), opened.parties());
	}

	/** A party to add to a case. */
	record NewParty(@NotBlank String cpr, String name, @NotNull PartyRole role) {
	}

	@PostMapping("/cases/{caseNumber}/parties")
	@Operation(summary = "Tilføj en part (borger med CPR-nummer) til sagen")
	ResponseEntity<CaseJson> addParty(CurrentUser user, @PathVariable String caseNumber, @Valid @RequestBody NewParty party) {
		CaseFile caseFile = cases.open(caseNumber, user, Action.EDIT_CASE);
		cases.addParty(caseFile, party.cpr(), party.name(), party.role(), user);
		List<Party> parties = cases.parties(caseFile);
		access.logShown(user, cases.facts(caseNumber), "svar på tilføj part");
		return ResponseEntity.status(201).body(CaseJson.of(caseFile, parties));
	}

	/** A status change: CLOSED needs a reason; OPEN (reopening) may have one. */
	record StatusChange(@NotNull CaseStatus status, String reason) {
	}

	@PostMapping("/cases/{caseNumber}/status")
	@Operation(summary = "Luk eller genåbn sagen. Lukning kræver en begrundelse og svarer 409 med openItems, mens en frist er åben")
	CaseJson changeStatus(CurrentUser user, @PathVariable String caseNumber, @Valid @RequestBody StatusChange change) {
		CaseFile caseFile = cases.open(caseNumber, user, Action.EDIT_CASE);
		CaseFile changed = change.status() == CaseStatus.CLOSED ? statusChanges.close(caseFile, change.reason(), user)
				: statusChanges.reopen(caseFile, change.reason(), user);
		return CaseJson.of(changed, cases.parties(changed));
	}

	@GetMapping("/cases")
	@Operation(summary = "En side af de sager, brugeren må se")
	PageOf<CaseListItem> list(CurrentUser user, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) CaseStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return lists.list(new CaseQuery(unit, status, null), page, size, user);
	}
}
