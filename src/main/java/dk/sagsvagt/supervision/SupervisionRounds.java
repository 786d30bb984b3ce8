package dk.sagsvagt.supervision;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import dk.sagsvagt.supervision.internal.RoundAccess;
import dk.sagsvagt.supervision.internal.RoundGrants;
import dk.sagsvagt.supervision.internal.RoundStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervision rounds: planning, the reproducible draw (see {@link Sampling}), exclusion with replacement. Who may
 * plan, review and read a round is {@link RoundAccess}; what the round lets its reviewers read is {@link RoundGrants}.
 */
@Service
public class SupervisionRounds {

	private final RoundStore store;

	private final Checklists checklists;

	private final AccessPolicy access;

	private final RoundAccess roundAccess;

	private final RoundGrants grants;

	private final Cases cases;

	private final CaseLists lists;

	private final Organisation organisation;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/** The most cases a sample may hold (issue 16: a round is no way to read every case). */
	private final int maxSample;

	SupervisionRounds(RoundStore store, Checklists checklists, AccessPolicy access, RoundAccess roundAccess,
			RoundGrants grants, Cases cases, CaseLists lists, Organisation organisation, TransactionTemplate transaction, Clock clock,
			@Value("${sagsvagt.supervision.max-sample-size:500}") int maxSample) {
		this.roundAccess = roundAccess;
		this.maxSample = maxSample;
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
				checklists.templateIds(), id -> store.find(id).isPresent(), maxSample, units -> roundAccess.outsideScope(user, units),
				roundAccess::reviewerProblem);
		if (user.unitId() == null) {
			throw new InvalidInputException("unitIds", "Du skal høre til en enhed for at oprette et tilsyn.");
		}
		long id = transaction.execute(status -> {
			CaseFile own = cases.registerOwnWork("SUPERVISION_ROUND", "Ledelsestilsyn: " + plan.name(), user.unitId(), null,
					user.username());
			long created = store.insert(new RoundStore.NewRound(plan.name(), plan.periodFrom(), plan.periodTo(), plan.templateId(),
					plan.unitIds(), plan.caseTypes(), plan.openedFrom(), plan.openedTo(), plan.sampleSize(), plan.perUnit(), plan.byMeasure(),
					plan.minPerStratum(), own.id(), own.caseNumber(), plan.previousRoundId()), user.username(), Instant.now(clock));
			plan.reviewers().forEach((level, names) -> names.forEach(name -> store.addReviewer(created, level, name)));
			// the round's own case (where its outputs are journaled) is open to the one who planned it and the reviewers
			Set<String> members = new LinkedHashSet<>();
			members.add(user.username());
			plan.reviewers().values().forEach(members::addAll);
			Round planned = store.find(created).orElseThrow();
			grants.roundCase(created, plan.name(), own.id(), members.stream().filter(m -> roundAccess.readsWhole(planned, m)).toList(),
					user.username());
			return created;
		});
		return store.find(id).orElseThrow();
	}

	/** The rounds the user may read (see {@link RoundAccess#mayRead}). */
	public List<Round> all(CurrentUser user) {
		access.require(user, Action.SUPERVISE, "ledelsestilsyn");
		return store.all().stream().filter(r -> roundAccess.mayRead(r, user)).toList();
	}

	public Round get(long id, CurrentUser user) {
		access.require(user, Action.SUPERVISE, "ledelsestilsyn");
		Round round = round(id);
		roundAccess.requireRead(round, user, "tilsynet");
		return round;
	}

	Round round(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("Tilsynet findes ikke."));
	}

	/** The sample; the read is logged with the sampled cases' citizens. */
	public List<SampledCase> sample(long id, CurrentUser user) {
		Round round = get(id, user);
		List<SampledCase> sample = roundAccess.sampleShownTo(round, user, store.sample(id));
		roundAccess.logRead(round, user, Action.LIST_CASES, sample.stream().map(SampledCase::caseNumber).toList(), "stikprøve");
		return sample;
	}

	/**
	 * The population as drawn from ({@link PopulationFile}), for an outsider to re-run the draw; the read is logged
	 * with the population's citizens. A member who reads the whole round gets the file whose SHA-256 is the round's
	 * {@code populationSha256}; a leader reviewing part of the round gets the lines of that part only, so its hash
	 * differs.
	 */
	public byte[] populationCsv(long id, CurrentUser user) {
		Round round = get(id, user);
		List<String[]> rows = roundAccess.populationShownTo(round, user, store.populationRows(id, true),
				java.util.Arrays.asList(store.population(id).unitIds()));
		roundAccess.logRead(round, user, Action.EXPORT, rows.stream().map(row -> row[0]).toList(), "population");
		return PopulationFile.csv(rows);
	}

	/**
	 * Draws the sample: the population as it stands now, the seed (given, the round's own if it was drawn before, or a
	 * random one), the rule of {@link Sampling}. A round can be redrawn until a reviewer has answered; the same seed and
	 * population give the same sample. Once drawn, the seed is the round's: a redraw with another seed is refused, so
	 * no one can draw until a sample suits (issue 17).
	 */
	public Round draw(long id, String seed, CurrentUser user) {
		roundAccess.requireMember(get(id, user), user, "træk stikprøve");
		Map<Long, String> unitNames = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
		Map<String, String> typeNames = cases.caseTypes().stream().collect(Collectors.toMap(CaseType::code, CaseType::name));
		transaction.executeWithoutResult(status -> {
			Round round = store.lock(id);
			if (!round.status().mayRedraw()) {
				throw new ConflictException("Stikprøven kan ikke trækkes igen, når gennemgangen er gået i gang.");
			}
			if (round.seed() != null && seed != null && !seed.isBlank() && !seed.strip().equals(round.seed())) {
				throw new ConflictException("Stikprøven er trukket med frøet \u00bb" + round.seed() + "\u00ab. Den kan kun trækkes igen med "
						+ "samme frø, så alle kan efterprøve, at ingen sag er valgt med hånden.");
			}
			String useSeed = round.seed() != null ? round.seed()
					: seed != null && !seed.isBlank() ? seed.strip() : HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
			if (useSeed.length() > 100) {
				throw new InvalidInputException("seed", "Frøet må højst have 100 tegn.");
			}
			List<CaseLists.PopulationCase> all = lists.population(round.unitIds(), round.caseTypes(), round.openedFrom(),
					round.openedTo());
			List<CaseLists.PopulationCase> population = roundAccess.readableByAllMembers(round, all);
			List<Sampling.Member> members = population.stream()
				.map(c -> new Sampling.Member(c.caseNumber(), round.perUnit() ? unitNames.get(c.unitId()) : "Alle",
						stratum(round, unitNames.get(c.unitId()), typeNames.get(c.caseType()))))
				.toList();
			Map<String, String> keys = Sampling.keys(members, useSeed);
			List<String> drawn = Sampling.draw(members, keys, round.sampleSize(), round.minPerStratum());
			if (drawn.size() > maxSample) {
				throw new ConflictException("Stikprøven ville få " + drawn.size() + " sager; et tilsyn må højst omfatte " + maxSample
						+ ". Sænk minimum pr. stratum eller stikprøvens størrelse.");
			}
			grants.endReview(round, null, user.username());
			store.replacePopulation(id, population, members.stream().map(Sampling.Member::stratum).toList());
			Map<String, Integer> index = new java.util.HashMap<>(population.size() * 2);
			for (int i = 0; i < population.size(); i++) {
				index.put(population.get(i).caseNumber(), i);
			}
			for (String caseNumber : drawn) {
				int i = index.get(caseNumber);
				CaseLists.PopulationCase c = population.get(i);
				store.insertSampled(id, c, members.get(i).stratum(), keys.get(caseNumber), "DRAWN", Checklists.category(c.caseType()));
			}
			List<String[]> file = members.stream().map(m -> new String[] { m.caseNumber(), m.stratum(), keys.get(m.caseNumber()) }).toList();
			store.markDrawn(id, useSeed, population.size(), PopulationFile.sha256(PopulationFile.csv(file)), Instant.now(clock), user.username(),
					all.size() - population.size());
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
		roundAccess.requireMember(get(id, user), user, "udelad sag fra stikprøve");
		String text = reason == null ? "" : reason.strip();
		if (text.length() < 5) {
			throw new InvalidInputException("reason", "Skriv hvorfor sagen udelades (mindst 5 tegn).");
		}
		return transaction.execute(status -> {
			Round round = store.lock(id);
			if (round.isConcluded()) {
				throw new ConflictException("Tilsynet er afsluttet.");
			}
			SampledCase excluded = store.sample(id)
				.stream()
				.filter(s -> s.caseNumber().equals(caseNumber) && s.active())
				.findFirst()
				.orElseThrow(() -> new NotFoundException("Sag " + caseNumber + " er ikke i stikprøven."));
			Set<String> inSample = store.sample(id).stream().map(SampledCase::caseNumber).collect(Collectors.toSet());
			RoundStore.Population population = store.population(id);
			int at = Sampling.replacement(population.caseNumbers(), population.strata(), excluded.stratum(), inSample, round.seed());
			String replacement = at < 0 ? null : population.caseNumbers()[at];
			if (replacement != null) {
				store.insertSampled(id, new CaseLists.PopulationCase(population.caseIds()[at], replacement, null, population.unitIds()[at]),
						population.strata()[at], Sampling.key(round.seed(), replacement), "REPLACEMENT", population.categories()[at]);
			}
			grants.endReview(round, excluded.caseId(), user.username());
			store.exclude(id, caseNumber, text, user.username(), Instant.now(clock), replacement);
			if (replacement == null) {
				return null;
			}
			String added_ = replacement;
			SampledCase added = store.sample(id).stream().filter(s -> s.caseNumber().equals(added_)).findFirst().orElseThrow();
			prepare(round, added, user);
			return added;
		});
	}

	/** Lets the reviewing lawyers read a sampled case and pre-fills its checklist from the case's facts. */
	private void prepare(Round round, SampledCase sampled, CurrentUser user) {
		grants.review(round, sampled, user.username());
		checklists.prefill(round, sampled);
	}
}
