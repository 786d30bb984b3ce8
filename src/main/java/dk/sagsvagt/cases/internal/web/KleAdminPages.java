package dk.sagsvagt.cases.internal.web;

import java.io.IOException;
import java.io.InputStream;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.KlePlans;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator imports KL's KLE files (emneplan, handlingsfacetter) and gives each case type the number and
 * facet its new cases get.
 */
@Controller
class KleAdminPages {

	private final KlePlans kle;

	private final AccessPolicy access;

	KleAdminPages(KlePlans kle, AccessPolicy access) {
		this.kle = kle;
		this.access = access;
	}

	@GetMapping("/admin/kle")
	String page(CurrentUser user, Model model) {
		access.require(user, Action.ADMINISTER, "KLE-plan");
		model.addAttribute("plans", kle.plans());
		model.addAttribute("caseTypes", kle.caseTypeNumbers());
		return "cases/kle";
	}

	@PostMapping("/admin/kle/import")
	String importFile(CurrentUser user, @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String source, Model model,
			RedirectAttributes redirect) {
		access.require(user, Action.ADMINISTER, "importér KLE-plan");
		try {
			if (file == null || file.isEmpty()) {
				throw new InvalidInputException("file", "Vælg en KLE-fil (XML) at importere.");
			}
			KlePlans.Imported imported;
			try (InputStream in = file.getInputStream()) {
				imported = kle.importRelease(in, source == null || source.isBlank() ? "Fil: " + file.getOriginalFilename() : source, user.username());
			}
			String what = imported.kind().equals("EMNEPLAN") ? "Emneplanen" : "Handlingsfacetterne";
			redirect.addFlashAttribute("message", imported.alreadyThere()
					? what + " udgivet " + DanishDates.longDate(imported.releasedOn()) + " var allerede importeret; intet er ændret."
					: what + " udgivet " + DanishDates.longDate(imported.releasedOn()) + " er importeret: " + imported.entries() + " numre, heraf "
							+ imported.expired() + " udgået.");
			return "redirect:/admin/kle";
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.getMessage());
			return page(user, model);
		}
		catch (IOException e) {
			model.addAttribute("error", "Filen kunne ikke læses.");
			return page(user, model);
		}
	}

	@PostMapping("/admin/kle/case-types")
	String mapCaseType(CurrentUser user, @RequestParam(required = false) String caseType, @RequestParam(required = false) String kle,
			@RequestParam(required = false) String facet, Model model, RedirectAttributes redirect) {
		access.require(user, Action.ADMINISTER, "KLE-nummer for sagstype");
		try {
			this.kle.mapCaseType(caseType, kle, facet, user.username());
			redirect.addFlashAttribute("message", "Sagstypens KLE-nummer er gemt; nye sager får det.");
			return "redirect:/admin/kle";
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.getMessage());
			return page(user, model);
		}
	}
}
