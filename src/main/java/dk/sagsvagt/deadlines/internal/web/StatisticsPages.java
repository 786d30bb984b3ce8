package dk.sagsvagt.deadlines.internal.web;

import java.util.List;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.deadlines.DeadlineStatistics;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Deadline statistics for staff: a table with bars, and the same as CSV, XLSX and JSON. */
@Controller
class StatisticsPages {

	private final DeadlineStatistics statistics;

	private final AccessPolicy access;

	StatisticsPages(DeadlineStatistics statistics, AccessPolicy access) {
		this.statistics = statistics;
		this.access = access;
	}

	private List<DeadlineStatistics.Line> lines() {
		CurrentUser user = access.currentUser();
		if (!access.mayEver(user, Action.LIST_CASES) && !access.mayEver(user, Action.ADMINISTER)) {
			access.require(user, Action.REQUEST, "friststatistik er for forvaltningens medarbejdere");
		}
		return statistics.lines();
	}

	@GetMapping("/deadlines/statistics")
	String page(Model model) {
		model.addAttribute("lines", lines());
		return "deadlines/statistics";
	}

	@GetMapping("/api/deadlines/statistics")
	@ResponseBody
	List<DeadlineStatistics.Line> json() {
		return lines();
	}

	@GetMapping("/deadlines/statistics.csv")
	ResponseEntity<byte[]> csv() {
		return file(statistics.csv(lines()), new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "fristoverholdelse.csv");
	}

	@GetMapping("/deadlines/statistics.xlsx")
	ResponseEntity<byte[]> xlsx() {
		return file(statistics.xlsx(lines()),
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "fristoverholdelse.xlsx");
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}
}
