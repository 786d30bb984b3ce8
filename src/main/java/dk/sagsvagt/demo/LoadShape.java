package dk.sagsvagt.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;

/**
 * The load municipality's organisation: three centres and 40 units whose sizes fall off like a power law (a few very
 * large units), about one caseworker per 500 cases and a leader per unit.
 */
final class LoadShape {

	static final int UNITS = 40;

	final long[] unitIds = new long[UNITS];

	final double[] cumulative = new double[UNITS];

	final List<long[]> caseworkers = new ArrayList<>();

	final List<String> usernames = new ArrayList<>();

	private long benchCaseworker;

	static LoadShape organise(Organisation organisation, String name, int cases, SplittableRandom random) {
		LoadShape shape = new LoadShape();
		long administration = organisation.createAdministration(name);
		long[] centres = { organisation.createCentre(administration, "Borgercenter Børn og Unge"),
				organisation.createCentre(administration, "Borgercenter Voksne"), organisation.createCentre(administration, "Borgercenter Handicap") };
		double total = 0;
		double[] weights = new double[UNITS];
		for (int u = 0; u < UNITS; u++) {
			weights[u] = 1 / Math.pow(u + 1, 0.8);
			total += weights[u];
		}
		double running = 0;
		for (int u = 0; u < UNITS; u++) {
			running += weights[u] / total;
			shape.cumulative[u] = running;
			shape.unitIds[u] = organisation.createUnit(centres[u % 3], "Enhed " + (u + 1));
			int workers = (int) Math.max(2, Math.round(cases * weights[u] / total / 500));
			long[] ids = new long[workers];
			for (int w = 0; w < workers; w++) {
				String username = "load." + administration + "." + (u + 1) + "." + (w + 1);
				ids[w] = organisation.createStaff(username, Names.first(random, random.nextBoolean()) + " " + Names.surname(random),
						StaffRole.CASEWORKER, shape.unitIds[u]);
				shape.usernames.add(username);
			}
			shape.caseworkers.add(ids);
			organisation.createStaff("load.leder." + administration + "." + (u + 1), "Leder " + (u + 1), StaffRole.UNIT_LEADER, shape.unitIds[u]);
		}
		shape.cumulative[UNITS - 1] = 1;
		return shape;
	}

	int unitIndex(SplittableRandom random) {
		double x = random.nextDouble();
		for (int u = 0; u < UNITS; u++) {
			if (x < cumulative[u]) {
				return u;
			}
		}
		return UNITS - 1;
	}

	long largestUnit() {
		return unitIds[0];
	}

	void benchCaseworker(long id) {
		benchCaseworker = id;
	}

	long benchCaseworker() {
		return benchCaseworker;
	}
}
