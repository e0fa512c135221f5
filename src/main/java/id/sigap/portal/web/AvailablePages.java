package id.sigap.portal.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The URL patterns that some controller of this installation answers, read once from Spring MVC's mappings. */
@Component
class AvailablePages {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private volatile Set<String> patterns;

    AvailablePages(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    boolean exists(String path) {
        Set<String> known = patterns;
        if (known == null) {
            known = mappings.stream()
                    .flatMap(m -> m.getHandlerMethods().keySet().stream())
                    .flatMap(info -> info.getPatternValues().stream())
                    .collect(Collectors.toUnmodifiableSet());
            patterns = known;
        }
        return known.contains(path) || known.contains(path + "/");
    }
}
