package dk.sagsvagt.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list. {@code page} counts from 0. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public PageOf {
		items = List.copyOf(items);
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
