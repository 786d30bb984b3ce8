package dk.sagsvagt.shared;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn on the server as SVG by the template fragment {@code charts :: bars(chart)}. A chart
 * is a picture of a table on the same page: screen readers read the table, the chart names it in its label.
 */
public record BarChart(String title, List<Bar> bars, double max) {

	/** Layout in SVG user units; the image scales to the page's width. */
	public static final int WIDTH = 640, LABEL_WIDTH = 230, BAR_AREA = 330, ROW = 26, BAR_HEIGHT = 18;

	private static final int LABEL_CHARS = 34;

	public record Bar(String label, double value, String text) {

		public String shortLabel() {
			return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
		}
	}

	public BarChart {
		bars = List.copyOf(bars);
		if (max <= 0) {
			max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
			max = max <= 0 ? 1 : max;
		}
	}

	/** Shares between 0 and 1, drawn against 100 % and labelled in whole per cent. */
	public static BarChart shares(String title, List<String> labels, List<Double> shares) {
		return new BarChart(title, java.util.stream.IntStream.range(0, labels.size())
			.mapToObj(i -> new Bar(labels.get(i), shares.get(i) == null ? 0 : shares.get(i),
					shares.get(i) == null ? "–" : String.format(Locale.ROOT, "%.0f %%", shares.get(i) * 100)))
			.toList(), 1);
	}

	public int height() {
		return bars.size() * ROW + 4;
	}

	public int y(int index) {
		return 2 + index * ROW;
	}

	public int textY(int index) {
		return y(index) + BAR_HEIGHT - 4;
	}

	public long barWidth(Bar bar) {
		return Math.round(Math.max(0, Math.min(bar.value(), max)) / max * BAR_AREA);
	}

	public long valueX(Bar bar) {
		return LABEL_WIDTH + barWidth(bar) + 6;
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}

	public int barHeight() {
		return BAR_HEIGHT;
	}

	public String viewBox() {
		return "0 0 " + WIDTH + " " + height();
	}

	public boolean isEmpty() {
		return bars.isEmpty();
	}
}
