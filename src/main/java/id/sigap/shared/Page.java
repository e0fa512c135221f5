package id.sigap.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list. JSON lists carry their items in {@code content}. */
public record Page<T>(List<T> content, int page, int size, long totalElements) {

    public Page {
        content = List.copyOf(content);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(content.stream().map(f).toList(), page, size, totalElements);
    }
}
