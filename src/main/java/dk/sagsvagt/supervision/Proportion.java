package dk.sagsvagt.supervision;

/**
 * A share of cases meeting a requirement, with its 95 % Wilson score interval (Wilson 1927; Newcombe 1998, method 3),
 * which stays within 0-100 % and is sound for the small samples of a supervision round.
 */
public record Proportion(int met, int total) {

	static final double Z = 1.959963984540054;

	public Double share() {
		return total == 0 ? null : (double) met / total;
	}

	public Double lower() {
		return total == 0 ? null : Math.max(0, centre() - halfWidth());
	}

	public Double upper() {
		return total == 0 ? null : Math.min(1, centre() + halfWidth());
	}

	private double centre() {
		double p = share();
		return (p + Z * Z / (2.0 * total)) / (1 + Z * Z / total);
	}

	private double halfWidth() {
		double p = share();
		return Z / (1 + Z * Z / total) * Math.sqrt(p * (1 - p) / total + Z * Z / (4.0 * total * total));
	}

	/**
	 * The two-proportion z statistic (pooled) of this share against an earlier one; |z| ≥ 1.96 means the change is
	 * unlikely to be chance at the 5 % level. Null when either has no cases.
	 */
	public Double zAgainst(Proportion earlier) {
		if (total == 0 || earlier.total == 0) {
			return null;
		}
		double pooled = (double) (met + earlier.met) / (total + earlier.total);
		double se = Math.sqrt(pooled * (1 - pooled) * (1.0 / total + 1.0 / earlier.total));
		return se == 0 ? 0.0 : (share() - earlier.share()) / se;
	}

	public String percent() {
		return total == 0 ? "–" : Math.round(share() * 100) + " %";
	}

	public String interval() {
		return total == 0 ? "–" : Math.round(lower() * 100) + "–" + Math.round(upper() * 100) + " %";
	}
}
