package dk.sagsvagt.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.UserAccounts;
import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.decisions.HistoricDecision;
import dk.sagsvagt.journal.HistoricDocument;
import dk.sagsvagt.migration.MigratedCase;
import dk.sagsvagt.migration.MigrationFiles;
import dk.sagsvagt.migration.MigrationImport;
import dk.sagsvagt.migration.MigrationReport;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Signatures;
import dk.sagsvagt.oversight.InformationRequests;
import dk.sagsvagt.handover.Handovers;
import dk.sagsvagt.improvement.ActionPlans;
import dk.sagsvagt.inquiries.Committees;
import dk.sagsvagt.inquiries.Inquiries;
import dk.sagsvagt.inquiries.InquiryReplies;
import dk.sagsvagt.oversight.Referrals;
import dk.sagsvagt.oversight.RequestAnswers;
import dk.sagsvagt.shared.WorkingDayCalendar;
import dk.sagsvagt.supervision.Checklists;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.RoundConclusions;
import dk.sagsvagt.supervision.SupervisionRounds;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates the demo municipality on first start in the {@code demo} profile, when the database is empty. The same
 * seed and size give the same data; everything is written in one transaction, so a failed start leaves nothing.
 * It runs before the web server opens, so nobody logs in to a half-built municipality.
 */
@Component
@Profile("demo")
class DemoData implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final DemoProperties properties;

	private final Organisation organisation;

	private final UserAccounts accounts;

	private final Signatures signatures;

	private final Citizens citizens;

	private final MigrationImport migration;

	private final DemoSupervision supervision;

	private final DemoOversight oversight;

	private final DemoInquiries inquiries;

	private final DemoHandover handover;

	private final DemoActionPlan actionPlan;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoData(DemoProperties properties, Organisation organisation, UserAccounts accounts, Citizens citizens, MigrationImport migration,
			SupervisionRounds rounds, Checklists checklists, Flags flags, RoundConclusions conclusions, InformationRequests requests,
			RequestAnswers answers, Referrals referrals, Inquiries inquiries, InquiryReplies replies, Committees committees,
			Handovers handovers, ActionPlans plans, TransactionTemplate transaction, Clock clock, Signatures signatures) {
		this.signatures = signatures;
		this.actionPlan = new DemoActionPlan(plans, organisation);
		this.handover = new DemoHandover(handovers, organisation);
		this.inquiries = new DemoInquiries(inquiries, replies, committees, citizens, organisation);
		this.oversight = new DemoOversight(requests, answers, rounds, flags, referrals, organisation);
		this.supervision = new DemoSupervision(rounds, checklists, flags, conclusions, organisation);
		this.migration = migration;
		this.properties = properties;
		this.organisation = organisation;
		this.accounts = accounts;
		this.citizens = citizens;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!organisation.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		transaction.executeWithoutResult(status -> generate());
		log.info("Demo municipality generated: {} cases, {} citizens, {} documents, {} staff in {} ms", properties.cases(),
				properties.citizens(), properties.documents(), properties.staff(), (System.nanoTime() - started) / 1_000_000);
	}

	private void generate() {
		SplittableRandom random = new SplittableRandom(properties.seed());
		Instant now = Instant.now(clock);
		LocalDate today = now.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
		DemoOrganisation.Built org = new DemoOrganisation(organisation, accounts, signatures).build(properties.staff(), random);
		DemoPeople.Built people = new DemoPeople(citizens).build(properties.citizens(), Math.max(1, properties.cases() / 5),
				today, random);
		List<DemoCases.Planned> planned = DemoCases.plan(properties.cases(), org, people, now, random);
		// planned against stand-in ids; the cases, their documents, deadlines and decisions are then taken over
		// through the migration, as from an earlier case system
		List<CaseImport.Registered> standIns = DemoMigration.standIns(planned);
		List<HistoricDocument> documents = new ArrayList<>(DemoDocuments.plan(properties.documents(), planned, standIns, org, now, random));
		Map<Long, LocalDate> birthDates = new HashMap<>();
		citizens.get(planned.stream().map(p -> p.historic().primaryCitizenId()).distinct().toList())
			.forEach(c -> birthDates.put(c.id(), c.cpr().birthDate()));
		DemoMigration convert = new DemoMigration(organisation, org, people);
		List<HistoricDecision> decisions = convert.decisions(DemoDecisions.plan(planned, standIns, birthDates, org, now, random), documents);
		Map<Integer, List<MigratedCase.DeadlineEvent>> events = DemoDeadlines.events(planned, standIns, now, random);
		MigrationReport report = migration.importCases(convert.cases(planned, standIns, documents, decisions, events), MigrationFiles.none(),
				DemoMigration.SOURCE, CurrentUser.SYSTEM);
		if (!report.problems().isEmpty()) {
			throw new IllegalStateException("The demo data did not migrate: " + report.problems().get(0).danish());
		}
		List<CaseImport.Registered> registered = report.imported().stream()
			.map(i -> new CaseImport.Registered(i.caseId(), i.caseNumber()))
			.toList();
		log.info("Demo decisions: {} sent, with their letters and gate states", decisions.size());
		supervision.run(org, today, 60, random);
		oversight.run(today);
		inquiries.run(planned, registered, org, today, random);
		handover.run(org);
		actionPlan.run(today);
	}
}
