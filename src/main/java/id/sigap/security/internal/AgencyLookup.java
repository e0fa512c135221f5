package id.sigap.security.internal;

import id.sigap.security.AgencyDirectory;
import id.sigap.security.AgencyDirectory.AgencySummary;
import id.sigap.security.RegionScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Agencies through the {@link AgencyDirectory} SPI (absent until the organization module provides it), plus the
 * Sigap secretariat ({@link AgencyDirectory#SECRETARIAT}), which is national.
 */
@Component
public class AgencyLookup {

    private final ObjectProvider<AgencyDirectory> directory;
    private final MessageSource messages;

    AgencyLookup(ObjectProvider<AgencyDirectory> directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    public Optional<AgencySummary> find(long agencyId) {
        if (agencyId == AgencyDirectory.SECRETARIAT) {
            return Optional.of(secretariat());
        }
        AgencyDirectory d = directory.getIfAvailable();
        return d == null ? Optional.empty() : d.find(agencyId);
    }

    /** The agency's name in the current language, or a placeholder with its id when it is unknown. */
    public String name(long agencyId) {
        Locale locale = LocaleContextHolder.getLocale();
        return find(agencyId)
                .map(AgencySummary::name)
                .orElseGet(() -> messages.getMessage("agency.unknown", new Object[] {agencyId}, locale));
    }

    /** True when the agency exists and its region lies in {@code scope} (a national agency: national scope). */
    public boolean isIn(long agencyId, RegionScope scope) {
        return find(agencyId).map(a -> scope.covers(a.regionCode())).orElse(false);
    }

    /** Agencies a user of {@code scope} may assign, the secretariat first for national scope. */
    public List<AgencySummary> inScope(RegionScope scope) {
        List<AgencySummary> out = new ArrayList<>();
        if (scope.national()) {
            out.add(secretariat());
        }
        AgencyDirectory d = directory.getIfAvailable();
        if (d != null) {
            d.inScope(scope).stream()
                    .filter(a -> a.id() != AgencyDirectory.SECRETARIAT)
                    .forEach(out::add);
        }
        return out;
    }

    private AgencySummary secretariat() {
        String name = messages.getMessage("agency.secretariat", null, LocaleContextHolder.getLocale());
        return new AgencySummary(AgencyDirectory.SECRETARIAT, name, null, "NATIONAL");
    }
}
