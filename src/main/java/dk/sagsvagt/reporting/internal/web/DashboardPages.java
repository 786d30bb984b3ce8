package dk.sagsvagt.reporting.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.deadlines.DeadlineStatistics;
import dk.sagsvagt.reporting.Dashboard;
import dk.sagsvagt.reporting.internal.Dashboards;
import dk.sagsvagt.shared.BarChart;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The leaders' dashboard: figures that link to their lists, and charts with the tables behind them. */
@Controller
class DashboardPages {

	private final Dashboards dashboards;

	private final AccessPolicy access;

	DashboardPages(Dashboards dashboards, AccessPolicy access) {
		this.dashboards = dashboards;
		this.access = access;
	}

	@GetMapping("/dashboard")
	String dashboard(CurrentUser user, @RequestParam(required = false) String level, Model model) {
		Dashboard d = dashboards.of(level, user);
		model.addAttribute("d", d);
		model.addAttribute("levels", dashboards.levels(user));
		model.addAttribute("onTimeChart", BarChart.shares("Andel frister overholdt pr. måned", months(d, m -> dk.sagsvagt.shared.DanishDates.month(m.month())),
				months(d, DeadlineStatistics.Month::onTimeShare)));
		model.addAttribute("medianChart", days("Sagsbehandlingstid (fra fristens start, til den blev opfyldt), median i dage pr. måned", d, DeadlineStatistics.Month::processingDaysMedian));
		model.addAttribute("p90Chart", days("Sagsbehandlingstid (fra fristens start, til den blev opfyldt), 90 % i dage pr. måned", d, DeadlineStatistics.Month::processingDaysP90));
		model.addAttribute("supervisionChart", BarChart.shares("Ledelsestilsyn: andel opfyldte krav pr. runde",
				d.rounds().stream().map(Dashboard.RoundResult::round).toList(), d.rounds().stream().map(Dashboard.RoundResult::share).toList()));
		return "reporting/dashboard";
	}

	private static <T> List<T> months(Dashboard d, Function<DeadlineStatistics.Month, T> f) {
		return d.months().stream().map(f).toList();
	}

	private static BarChart days(String title, Dashboard d, Function<DeadlineStatistics.Month, Double> f) {
		return new BarChart(title, d.months().stream().filter(m -> f.apply(m) != null)
			.map(m -> new BarChart.Bar(dk.sagsvagt.shared.DanishDates.month(m.month()), f.apply(m), dk.sagsvagt.shared.DanishDates.days(f.apply(m)))).toList(), 0);
	}
}
