package dk.sagsvagt.supervision;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.CaseType;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.supervision.internal.RoundStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervision rounds: planning, the reproducible draw (see {@link Sampling}), exclusion with replacement. The
 * sampled cases are assigned to the round's reviewers so they can read them, every read logged as usual.
 */
@Service
public class SupervisionRounds {

	private final JdbcClient jdbc;

	private final RoundStore store;

	private final Checklists checklists;

	private final AccessPolicy access;

	private final AccessGrants grants;

	private final Cases cases;

	private final CaseLists lists;

	private final Organisation organisation;

	private final TransactionTemplate transaction;

	private final Clock clock;

	SupervisionRounds(JdbcClient jdbc, RoundStore store, Checklists checklists, AccessPolicy access, AccessGrants grants,
			Cases cases, CaseLists lists, Organisation organisation, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.checklists = checklists;
		this.access = access;
		this.grants = grants;
		this.cases = cases;
		this.lists = lists;
		this.organisation = organisation;
		this.transaction = transaction;
		this.clock = clock;
	}

	public Round create(NewRound r, CurrentUser user) {
		access.require(user, Action.SUPERVISE, "planlæg ledelsestilsyn");
		RoundPlan plan = RoundPlan.validate(r, organisation, cases.caseTypes().stream().map(CaseType::code).collect(Collectors.toSet()),
				checklists.templateIds(), id -> store.find(id).isPresent());
		if (user.unitId() == null) {
			throw new InvalidInputException("unitIds", "Du skal høre til en enhed for at oprette et tilsyn.");
		}
		long id = transaction.execute(status -> {
			CaseFile own = cases.registerOwnWork("SUPERVISION_ROUND", "Ledelsestilsyn: " + plan.name(), user.unitId(), null,
					user.username());
			long created = jdbc.sql("""
					INSERT INTO supervision.round (name, period_from, period_to, template_id, unit_ids, case_types, opened_from,
					    opened_to, sample_size, per_unit, by_measure, min_per_stratum, status, case_id, case_number,
					    previous_round_id, created_by, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?, ?) RETURNING id""")
				.params(plan.name(), plan.periodFrom(), plan.periodTo(), plan.templateId(), plan.unitIds().toArray(Long[]::new),
						plan.caseTypes().toArray(String[]::new), plan.openedFrom(), plan.openedTo(), plan.sampleSize(), plan.perUnit(),
						plan.byMeasure(), plan.minPerStratum(), own.id(), own.caseNumber(), plan.previousRoundId(), user.username(),
						Timestamp.from(Instant.now(clock)))
				.query(Long.class)
				.single();
			plan.reviewers().forEach((level, names) -> names.forEach(name -> jdbc
				.sql("INSERT INTO supervision.reviewer (round_id, level, username) VALUES (?, ?, ?)")
				.params(created, level, name)
				.update()));
			// the round's own case (where its outputs are journaled) is open to the one who planned it and the reviewers
			Set<String> members = new LinkedHashSet<>();
			members.add(user.username());
			plan.reviewers().values().forEach(members::addAll);
			members.forEach(name -> grants.assignCase(name, own.id(), "Ledelsestilsyn: " + plan.name(), user.username()));
			return created;
		});
		return store.find(id).orElseThrow();
	}

	public List<Round> all(CurrentUser user) {
		access.require(user, Action.SUPERVISE, "ledelsestilsyn");
		return store.all();
	}

	public Round get(long id, CurrentUser user) {
		access.require(user, Action.SUPERVISE, "ledelsestilsyn");
		return round(id);
	}

	Round round(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("Tilsynet findes ikke."));
	}

	public List<SampledCase> sample(long id, CurrentUser user) {
		get(id, user);
		return store.sample(id);
	}

	/** The population as drawn from, as CSV (case number; stratum; key), for anyone to re-run the draw. */
	public String populationCsv(long id, CurrentUser user) {
		get(id, user);
		StringBuilder csv = new StringBuilder("sagsnummer;stratum;sha256\n");
		store.populationRows(id, true).forEach(row -> csv.append(dk.sagsvagt.shared.Csv.line(java.util.List.of(row))).append('\n'));
		return csv.toString();
	}

	/**
	 * Draws the sample: the population as it stands now, the seed (given, the round's own if it was drawn before, or a
	 * random one), the rule of {@link Sampling}. A round can be redrawn until a reviewer has answered; the same seed and
	 * population give the same sample.
	 */
	public Round draw(long id, String seed, CurrentUser user) {
		access.require(user, Action.SUPERVISE, "træk stikprøve");
		Map<Long, String> unitNames = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
		Map<String, String> typeNames = cases.caseTypes().stream().collect(Collectors.toMap(CaseType::code, CaseType::name));
		transaction.executeWithoutResult(status -> {
			Round round = store.lock(id);
			if (round.status() != RoundStatus.PLANNED && round.status() != RoundStatus.SAMPLED) {
				throw new ConflictException("Stikprøven kan ikke trækkes igen, når gennemgangen er gået i gang.");
			}
			String useSeed = round.seed() != null ? round.seed()
					: seed != null && !seed.isBlank() ? seed.strip() : HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
			if (useSeed.length() > 100) {
				throw new InvalidInputException("seed", "Frøet må højst have 100 tegn.");
			}
			List<CaseLists.PopulationCase> population = lists.population(round.unitIds(), round.caseTypes(), round.openedFrom(),
					round.openedTo());
			List<Sampling.Member> members = population.stream()
				.map(c -> new Sampling.Member(c.caseNumber(), round.perUnit() ? unitNames.get(c.unitId()) : "Alle",
						stratum(round, unitNames.get(c.unitId()), typeNames.get(c.caseType()))))
				.toList();
			Map<String, String> keys = Sampling.keys(members, useSeed);
			List<String> drawn = Sampling.draw(members, keys, round.sampleSize(), round.minPerStratum());
			jdbc.sql("DELETE FROM supervision.answer WHERE round_id = ?").param(id).update();
			jdbc.sql("DELETE FROM supervision.sample WHERE round_id = ?").param(id).update();
			jdbc.sql("DELETE FROM supervision.population WHERE round_id = ?").param(id).update();
			jdbc.sql("""
					INSERT INTO supervision.population (round_id, case_numbers, case_ids, unit_ids, categories, strata)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(id, population.stream().map(CaseLists.PopulationCase::caseNumber).toArray(String[]::new),
						population.stream().map(CaseLists.PopulationCase::id).toArray(Long[]::new),
						population.stream().map(CaseLists.PopulationCase::unitId).toArray(Long[]::new),
						population.stream().map(c -> Checklists.category(c.caseType())).toArray(String[]::new),
						members.stream().map(Sampling.Member::stratum).toArray(String[]::new))
				.update();
			Map<String, Integer> index = new java.util.HashMap<>(population.size() * 2);
			for (int i = 0; i < population.size(); i++) {
				index.put(population.get(i).caseNumber(), i);
			}
			for (String caseNumber : drawn) {
				int i = index.get(caseNumber);
				insertSampled(id, population.get(i), members.get(i).stratum(), keys.get(caseNumber), "DRAWN");
			}
			jdbc.sql("""
					UPDATE supervision.round SET seed = ?, population_size = ?, population_sha256 = ?, drawn_at = ?, drawn_by = ?,
					    status = 'SAMPLED' WHERE id = ?""")
				.params(useSeed, population.size(), Sampling.populationHash(members), Timestamp.from(Instant.now(clock)),
						user.username(), id)
				.update();
			Round drawnRound = store.find(id).orElseThrow();
			for (SampledCase sampled : store.sample(id)) {
				prepare(drawnRound, sampled, user);
			}
		});
		return store.find(id).orElseThrow();
	}

	/** The stratum a case belongs to: its unit when sampling per unit, its case type when stratifying by measure. */
	static String stratum(Round round, String unit, String caseType) {
		List<String> parts = new ArrayList<>();
		if (round.perUnit()) {
			parts.add(unit);
		}
		if (round.byMeasure()) {
			parts.add(caseType);
		}
		return parts.isEmpty() ? "Alle" : String.join(" / ", parts);
	}

	/**
	 * Excludes a case from the sample with a reason and draws its replacement by the same rule: the stratum's next
	 * case by key that is not in the sample already.
	 */
	public SampledCase exclude(long id, String caseNumber, String reason, CurrentUser user) {
		access.require(user, Action.SUPERVISE, "udelad sag fra stikprøve");
		String text = reason == null ? "" : reason.strip();
		if (text.length() < 5) {
			throw new InvalidInputException("reason", "Skriv hvorfor sagen udelades (mindst 5 tegn).");
		}
		return transaction.execute(status -> {
			Round round = store.lock(id);
			if (round.status() == RoundStatus.CONCLUDED || round.status() == RoundStatus.REPORTED) {
				throw new ConflictException("Tilsynet er afsluttet.");
			}
			SampledCase excluded = store.sample(id)
				.stream()
				.filter(s -> s.caseNumber().equals(caseNumber) && s.active())
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Sag " + caseNumber + " er ikke i stikprøven."));
			Set<String> inSample = store.sample(id).stream().map(SampledCase::caseNumber).collect(Collectors.toSet());
			RoundStore.Population population = store.population(id);
			String replacement = null;
			String replacementKey = null;
			int at = -1;
			for (int i = 0; i < population.caseNumbers().length; i++) {
				String candidate = population.caseNumbers()[i];
				if (population.strata()[i].equals(excluded.stratum()) && !inSample.contains(candidate)) {
					String key = Sampling.key(round.seed(), candidate);
					if (replacementKey == null || key.compareTo(replacementKey) < 0) {
						replacement = candidate;
						replacementKey = key;
						at = i;
					}
				}
			}
			if (replacement != null) {
				insertSampled(id, new CaseLists.PopulationCase(population.caseIds()[at], replacement, null, population.unitIds()[at]),
						population.strata()[at], replacementKey, "REPLACEMENT", population.categories()[at]);
			}
			jdbc.sql("""
					UPDATE supervision.sample SET excluded_reason = ?, excluded_by = ?, excluded_at = ?, replaced_by = ?
					WHERE round_id = ? AND case_number = ?""")
				.params(text, user.username(), Timestamp.from(Instant.now(clock)), replacement, id, caseNumber)
				.update();
			if (replacement == null) {
				return null;
			}
			String added_ = replacement;
			SampledCase added = store.sample(id).stream().filter(s -> s.caseNumber().equals(added_)).findFirst().orElseThrow();
			prepare(round, added, user);
			return added;
		});
	}

	private void insertSampled(long id, CaseLists.PopulationCase c, String stratum, String key, String drawnAs) {
		insertSampled(id, c, stratum, key, drawnAs, Checklists.category(c.caseType()));
	}

	private void insertSampled(long id, CaseLists.PopulationCase c, String stratum, String key, String drawnAs, String category) {
		jdbc.sql("""
				INSERT INTO supervision.sample (round_id, case_number, case_id, unit_id, category, stratum, sha256, drawn_as)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, c.caseNumber(), c.id(), c.unitId(), category, stratum, key, drawnAs)
			.update();
	}

	/** Gives the reviewers access to a sampled case and pre-fills its checklist from the case's facts. */
	private void prepare(Round round, SampledCase sampled, CurrentUser user) {
		Set<String> reviewers = new LinkedHashSet<>();
		round.reviewers().values().forEach(reviewers::addAll);
		for (String reviewer : reviewers) {
			grants.assignCase(reviewer, sampled.caseId(), "Ledelsestilsyn: " + round.name(), user.username());
		}
		checklists.prefill(round, sampled);
	}
}
