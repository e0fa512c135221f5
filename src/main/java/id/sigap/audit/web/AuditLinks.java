package id.sigap.audit.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Links of the audit page that keep the current search: column sorting and paging. */
public record AuditLinks(AuditFilter filter) {

    public boolean sortedBy(String key) {
        return key.equalsIgnoreCase(filter.sort());
    }

    public boolean ascending() {
        return "asc".equalsIgnoreCase(filter.dir());
    }

    /** The column's link: toggles the direction when already sorted by it, otherwise newest/highest first for time. */
    public String sort(String key) {
        boolean asc = sortedBy(key) ? !ascending() : !"time".equals(key);
        return build(key, asc ? "asc" : "desc", null);
    }

    public String page(int page) {
        return build(filter.sort(), filter.dir(), page);
    }

    private String build(String sort, String dir, Integer page) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/audit");
        param(b, "from", filter.from());
        param(b, "to", filter.to());
        param(b, "actor", filter.actor());
        param(b, "action", filter.action());
        param(b, "objectType", filter.objectType());
        param(b, "objectId", filter.objectId());
        param(b, "sort", sort);
        param(b, "dir", dir);
        param(b, "size", filter.size());
        if (page != null && page > 0) {
            b.queryParam("page", page);
        }
        return b.encode().toUriString();
    }

    private static void param(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }
}
