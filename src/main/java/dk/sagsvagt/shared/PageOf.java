package dk.sagsvagt.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list. {@code page} counts from 0. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public PageOf {
		items = List.copyOf(items);
	}

	/**
	 * The page a person asked for in a link they may have typed ({@code ?page=abc}, {@code -3}, {@code 999}): not a
	 * number or below the first is the first page (index 0), anything else its index; {@link #within} bounds it above.
	 */
	public static int requested(String page) {
		if (page == null || page.isBlank() || page.strip().length() > 9 || !page.strip().matches("\\d+")) {
			return 0;
		}
		return Integer.parseInt(page.strip());
	}

	/** The requested page index, no further than the last page of {@code total} items (an empty list has page 0). */
	public static int within(int requested, int size, long total) {
		long pages = size <= 0 ? 0 : (total + size - 1) / size;
		return (int) Math.max(0, Math.min(Math.max(requested, 0), pages - 1));
	}

	public int totalPages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
	}
}
