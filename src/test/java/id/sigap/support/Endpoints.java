package id.sigap.support;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The endpoints Spring MVC serves, as "METHOD /pattern" keys (ANY for a mapping without a method), for tests. */
public final class Endpoints {

    private Endpoints() {}

    /** The endpoints of the controllers in {@code packages} (a package and its subpackages), sorted. */
    public static Set<String> of(RequestMappingHandlerMapping mappings, Collection<String> packages) {
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mappings.getHandlerMethods().entrySet()) {
            String pkg = e.getValue().getBeanType().getPackageName();
            if (packages.stream().noneMatch(m -> pkg.equals(m) || pkg.startsWith(m + "."))) {
                continue;
            }
            var methods = e.getKey().getMethodsCondition().getMethods();
            for (String pattern : e.getKey().getPatternValues()) {
                if (methods.isEmpty()) {
                    keys.add("ANY " + pattern);
                }
                methods.forEach(m -> keys.add(m.name() + " " + pattern));
            }
        }
        return keys;
    }
}
